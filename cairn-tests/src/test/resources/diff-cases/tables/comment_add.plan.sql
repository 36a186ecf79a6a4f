-- Golden plans of tables/comment_add.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Comment on table public.t
COMMENT ON TABLE public.t IS 'Things we track';
-- @reverse
-- Remove comment on table public.t
COMMENT ON TABLE public.t IS NULL;
