-- Golden plans of dependencies/column_type_change_under_view_index_policy_trigger.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop trigger t_noop on public.t
DROP TRIGGER t_noop ON public.t;

-- Drop policy t_pos on public.t
DROP POLICY t_pos ON public.t;

-- Drop view public.tv
DROP VIEW public.tv;

-- Change type of public.t.n to bigint [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ALTER COLUMN n TYPE bigint;

-- Create view public.tv
CREATE VIEW public.tv AS
SELECT id,
    n
   FROM public.t;

-- Create trigger t_noop on public.t
CREATE TRIGGER t_noop BEFORE UPDATE ON public.t FOR EACH ROW WHEN ((new.n > 100)) EXECUTE FUNCTION public.noop();

-- Enable trigger t_noop on public.t
ALTER TABLE public.t ENABLE TRIGGER t_noop;

-- Create policy t_pos on public.t
CREATE POLICY t_pos ON public.t TO PUBLIC USING ((n > 0));
-- @reverse
-- Drop trigger t_noop on public.t
DROP TRIGGER t_noop ON public.t;

-- Drop policy t_pos on public.t
DROP POLICY t_pos ON public.t;

-- Drop view public.tv
DROP VIEW public.tv;

-- Change type of public.t.n to integer [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ALTER COLUMN n TYPE integer;

-- Create view public.tv
CREATE VIEW public.tv AS
SELECT id,
    n
   FROM public.t;

-- Create trigger t_noop on public.t
CREATE TRIGGER t_noop BEFORE UPDATE ON public.t FOR EACH ROW WHEN ((new.n > 100)) EXECUTE FUNCTION public.noop();

-- Enable trigger t_noop on public.t
ALTER TABLE public.t ENABLE TRIGGER t_noop;

-- Create policy t_pos on public.t
CREATE POLICY t_pos ON public.t TO PUBLIC USING ((n > 0));
