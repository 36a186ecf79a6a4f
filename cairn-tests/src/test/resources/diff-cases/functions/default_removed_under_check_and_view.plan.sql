-- Golden plans of functions/default_removed_under_check_and_view.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Drop check constraint t_scaled on public.t
ALTER TABLE public.t DROP CONSTRAINT t_scaled;

-- Drop view public.tv
DROP VIEW public.tv;

-- Drop function public.scale(n integer, f integer)
DROP FUNCTION public.scale(n integer, f integer);

-- Create function public.scale(n integer, f integer)
CREATE OR REPLACE FUNCTION public.scale(n integer, f integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT n * f $function$;

-- Create view public.tv
CREATE VIEW public.tv AS
SELECT id,
    public.scale(n, 3) AS big
   FROM public.t;

-- Add check constraint t_scaled on public.t [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ADD CONSTRAINT t_scaled CHECK ((public.scale(n, 2) < 1000));

-- Comment on constraint t_scaled on public.t
COMMENT ON CONSTRAINT t_scaled ON public.t IS 'bounded';
-- @reverse
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Replace function public.scale(n integer, f integer)
CREATE OR REPLACE FUNCTION public.scale(n integer, f integer DEFAULT 10)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT n * f $function$;
