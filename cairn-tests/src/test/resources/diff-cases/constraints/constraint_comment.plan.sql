-- Golden plans of constraints/constraint_comment.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Comment on constraint t_a_positive on public.t
COMMENT ON CONSTRAINT t_a_positive ON public.t IS 'must be positive';
-- @reverse
-- Remove comment on constraint t_a_positive on public.t
COMMENT ON CONSTRAINT t_a_positive ON public.t IS NULL;
