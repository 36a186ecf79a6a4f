-- Golden plans of functions/aggregate_ordered_set.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Create function public.os_f(internal, double precision)
CREATE OR REPLACE FUNCTION public.os_f(internal, double precision)
 RETURNS text
 LANGUAGE internal
AS $function$percentile_disc_final$function$;

-- Create function public.os_s(internal, text)
CREATE OR REPLACE FUNCTION public.os_s(internal, text)
 RETURNS internal
 LANGUAGE internal
AS $function$ordered_set_transition$function$;

-- Create aggregate public.pct(double precision ORDER BY text)
CREATE OR REPLACE AGGREGATE public.pct(double precision ORDER BY text) (SFUNC = public.os_s, STYPE = internal, FINALFUNC = public.os_f, FINALFUNC_MODIFY = READ_WRITE);
-- @reverse
-- Drop aggregate public.pct(double precision ORDER BY text)
DROP AGGREGATE public.pct(double precision ORDER BY text);

-- Drop function public.os_f(internal, double precision)
DROP FUNCTION public.os_f(internal, double precision);

-- Drop function public.os_s(internal, text)
DROP FUNCTION public.os_s(internal, text);
