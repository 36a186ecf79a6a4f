-- Golden plans of columns/comment_change.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Comment on column public.item.n
COMMENT ON COLUMN public.item.n IS 'new';
-- @reverse
-- Comment on column public.item.n
COMMENT ON COLUMN public.item.n IS 'old';
