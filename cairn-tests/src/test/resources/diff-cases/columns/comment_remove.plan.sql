-- Golden plans of columns/comment_remove.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Remove comment on column public.item.n
COMMENT ON COLUMN public.item.n IS NULL;
-- @reverse
-- Comment on column public.item.n
COMMENT ON COLUMN public.item.n IS 'bye';
