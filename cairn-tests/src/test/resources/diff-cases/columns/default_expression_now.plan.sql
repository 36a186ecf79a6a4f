-- Golden plans of columns/default_expression_now.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop default of public.item.at
ALTER TABLE public.item ALTER COLUMN at DROP DEFAULT;

-- Set default of public.item.at
ALTER TABLE public.item ALTER COLUMN at SET DEFAULT clock_timestamp();
-- @reverse
-- Drop default of public.item.at
ALTER TABLE public.item ALTER COLUMN at DROP DEFAULT;

-- Set default of public.item.at
ALTER TABLE public.item ALTER COLUMN at SET DEFAULT now();
