-- Golden plans of views/view_comment.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Comment on view public.v
COMMENT ON VIEW public.v IS 'ids';
-- @reverse
-- Remove comment on view public.v
COMMENT ON VIEW public.v IS NULL;
