-- Golden plans of triggers/statement_level_with_transition_table.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create trigger t_count on public.t
CREATE TRIGGER t_count AFTER INSERT ON public.t REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION public.count_new();

-- Enable trigger t_count on public.t
ALTER TABLE public.t ENABLE TRIGGER t_count;
-- @reverse
-- Drop trigger t_count on public.t
DROP TRIGGER t_count ON public.t;
