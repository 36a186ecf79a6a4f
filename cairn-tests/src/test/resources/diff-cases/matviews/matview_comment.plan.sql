-- Golden plans of matviews/matview_comment.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Comment on materialized view public.m
COMMENT ON MATERIALIZED VIEW public.m IS 'snapshot';
-- @reverse
-- Remove comment on materialized view public.m
COMMENT ON MATERIALIZED VIEW public.m IS NULL;
