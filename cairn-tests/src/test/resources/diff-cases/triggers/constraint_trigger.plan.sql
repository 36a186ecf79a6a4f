-- Golden plans of triggers/constraint_trigger.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create trigger t_check on public.t
CREATE CONSTRAINT TRIGGER t_check AFTER INSERT OR UPDATE ON public.t DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.touch();

-- Enable trigger t_check on public.t
ALTER TABLE public.t ENABLE TRIGGER t_check;
-- @reverse
-- Drop trigger t_check on public.t
DROP TRIGGER t_check ON public.t;
