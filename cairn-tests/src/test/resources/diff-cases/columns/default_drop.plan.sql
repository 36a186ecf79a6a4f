-- Golden plans of columns/default_drop.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop default of public.item.n
ALTER TABLE public.item ALTER COLUMN n DROP DEFAULT;
-- @reverse
-- Set default of public.item.n
ALTER TABLE public.item ALTER COLUMN n SET DEFAULT 1;
