-- Golden plans of tables/comment_remove.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Remove comment on table public.t
COMMENT ON TABLE public.t IS NULL;
-- @reverse
-- Comment on table public.t
COMMENT ON TABLE public.t IS 'going away';
