-- Golden plans of triggers/instead_of_trigger_on_view.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Create function public.tv_insert()
CREATE OR REPLACE FUNCTION public.tv_insert()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$ BEGIN INSERT INTO t (id, v) VALUES (NEW.id, NEW.v); RETURN NEW; END $function$;

-- Create trigger tv_ins on view public.tv
CREATE TRIGGER tv_ins INSTEAD OF INSERT ON public.tv FOR EACH ROW EXECUTE FUNCTION public.tv_insert();
-- @reverse
-- Drop view public.tv
DROP VIEW public.tv;

-- Drop function public.tv_insert()
DROP FUNCTION public.tv_insert();

-- Create view public.tv
CREATE VIEW public.tv AS
SELECT id,
    v
   FROM public.t;
