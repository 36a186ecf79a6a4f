-- Golden plans of dependencies/function_returns_table_dropped.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: DATA_LOSS public.t: table is dropped with all its rows
-- Drop function public.f()
DROP FUNCTION public.f();

-- Drop table public.t [DATA LOSS]
DROP TABLE public.t;
-- @reverse
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Create table public.t
CREATE TABLE public.t (
    id integer
);

-- Create function public.f()
CREATE OR REPLACE FUNCTION public.f()
 RETURNS SETOF public.t
 LANGUAGE sql
AS $function$SELECT * FROM t$function$;
