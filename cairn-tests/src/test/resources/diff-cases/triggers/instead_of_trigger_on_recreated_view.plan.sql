-- Golden plans of triggers/instead_of_trigger_on_recreated_view.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop view public.tv
DROP VIEW public.tv;

-- Drop view public.tw
DROP VIEW public.tw;

-- Change type of public.t.id to bigint [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ALTER COLUMN id TYPE bigint;

-- Create view public.tv
CREATE VIEW public.tv AS
SELECT id,
    v
   FROM public.t;

-- Create view public.tw
CREATE VIEW public.tw AS
SELECT id,
    v
   FROM public.t;

-- Create trigger tv_ins on view public.tv
CREATE TRIGGER tv_ins INSTEAD OF INSERT ON public.tv FOR EACH ROW EXECUTE FUNCTION public.tv_write();

-- Create trigger tw_write on view public.tw
CREATE TRIGGER tw_write INSTEAD OF INSERT OR UPDATE ON public.tw FOR EACH ROW EXECUTE FUNCTION public.tv_write();

-- Comment on trigger tv_ins on public.tv
COMMENT ON TRIGGER tv_ins ON public.tv IS 'writes through';
-- @reverse
-- Drop view public.tv
DROP VIEW public.tv;

-- Drop view public.tw
DROP VIEW public.tw;

-- Change type of public.t.id to integer [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ALTER COLUMN id TYPE integer;

-- Create view public.tv
CREATE VIEW public.tv AS
SELECT id,
    v
   FROM public.t;

-- Create view public.tw
CREATE VIEW public.tw AS
SELECT id,
    v
   FROM public.t;

-- Create trigger tv_ins on view public.tv
CREATE TRIGGER tv_ins INSTEAD OF INSERT ON public.tv FOR EACH ROW EXECUTE FUNCTION public.tv_write();

-- Create trigger tw_write on view public.tw
CREATE TRIGGER tw_write INSTEAD OF INSERT ON public.tw FOR EACH ROW EXECUTE FUNCTION public.tv_write();

-- Comment on trigger tv_ins on public.tv
COMMENT ON TRIGGER tv_ins ON public.tv IS 'writes through';
