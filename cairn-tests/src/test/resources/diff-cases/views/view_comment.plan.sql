-- Golden plans of views/view_comment.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Comment on view public.v
COMMENT ON VIEW public.v IS 'ids';

-- Comment on column public.v.id
COMMENT ON COLUMN public.v.id IS 'the id';
-- @reverse
-- Remove comment on view public.v
COMMENT ON VIEW public.v IS NULL;

-- Remove comment on column public.v.id
COMMENT ON COLUMN public.v.id IS NULL;
