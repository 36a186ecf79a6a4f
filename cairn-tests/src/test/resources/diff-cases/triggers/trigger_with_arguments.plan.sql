-- Golden plans of triggers/trigger_with_arguments.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create trigger t_touch on public.t
CREATE TRIGGER t_touch BEFORE UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION public.touch('a', 'b c');

-- Enable trigger t_touch on public.t
ALTER TABLE public.t ENABLE TRIGGER t_touch;
-- @reverse
-- Drop trigger t_touch on public.t
DROP TRIGGER t_touch ON public.t;
