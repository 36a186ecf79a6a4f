-- Golden plans of columns/default_add.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Set default of public.item.n
ALTER TABLE public.item ALTER COLUMN n SET DEFAULT 42;
-- @reverse
-- Drop default of public.item.n
ALTER TABLE public.item ALTER COLUMN n DROP DEFAULT;
