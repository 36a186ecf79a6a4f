-- Golden plans of dependencies/function_takes_view_dropped.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: DATA_LOSS public.t: table is dropped with all its rows
-- Drop function public.h(r public.v)
DROP FUNCTION public.h(r public.v);

-- Drop view public.v
DROP VIEW public.v;

-- Drop table public.t [DATA LOSS]
DROP TABLE public.t;
-- @reverse
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Create table public.t
CREATE TABLE public.t (
    id integer
);

-- Create view public.v
CREATE VIEW public.v AS
SELECT id
   FROM public.t;

-- Create function public.h(r public.v)
CREATE OR REPLACE FUNCTION public.h(r public.v)
 RETURNS integer
 LANGUAGE sql
AS $function$SELECT $1.id$function$;
