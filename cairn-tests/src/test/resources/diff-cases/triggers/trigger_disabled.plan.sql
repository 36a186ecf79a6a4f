-- Golden plans of triggers/trigger_disabled.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Disable trigger t_touch on public.t
ALTER TABLE public.t DISABLE TRIGGER t_touch;
-- @reverse
-- Enable trigger t_touch on public.t
ALTER TABLE public.t ENABLE TRIGGER t_touch;
