-- Golden plans of tables/comment_change.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Comment on table public.t
COMMENT ON TABLE public.t IS 'it''s new';
-- @reverse
-- Comment on table public.t
COMMENT ON TABLE public.t IS 'old';
