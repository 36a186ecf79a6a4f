-- Golden plans of triggers/trigger_comment.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Comment on trigger t_touch on public.t
COMMENT ON TRIGGER t_touch ON public.t IS 'keeps updated fresh';
-- @reverse
-- Remove comment on trigger t_touch on public.t
COMMENT ON TRIGGER t_touch ON public.t IS NULL;
