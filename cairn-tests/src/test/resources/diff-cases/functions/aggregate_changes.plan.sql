-- Golden plans of functions/aggregate_changes.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Replace aggregate public.concat_all(text)
CREATE OR REPLACE AGGREGATE public.concat_all(text) (SFUNC = public.concat_step, STYPE = text, FINALFUNC = public.concat_done, FINALFUNC_MODIFY = READ_ONLY, INITCOND = '', PARALLEL = SAFE);

-- Create function public.int_add(a bigint, b integer)
CREATE OR REPLACE FUNCTION public.int_add(a bigint, b integer)
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE STRICT
AS $function$ SELECT a + b $function$;

-- Create function public.int_sub(a bigint, b integer)
CREATE OR REPLACE FUNCTION public.int_sub(a bigint, b integer)
 RETURNS bigint
 LANGUAGE sql
 IMMUTABLE STRICT
AS $function$ SELECT a - b $function$;

-- Create aggregate public.moving_sum(integer)
CREATE OR REPLACE AGGREGATE public.moving_sum(integer) (SFUNC = public.int_add, STYPE = bigint, INITCOND = '0', MSFUNC = public.int_add, MINVFUNC = public.int_sub, MSTYPE = bigint, MINITCOND = '0');

-- Create function public.pick_done(s integer, d integer)
CREATE OR REPLACE FUNCTION public.pick_done(s integer, d integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT coalesce(s, d) $function$;

-- Create function public.pick_step(s integer, x integer)
CREATE OR REPLACE FUNCTION public.pick_step(s integer, x integer)
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT coalesce(s, x) $function$;

-- Create aggregate public.first_of(integer ORDER BY integer)
CREATE OR REPLACE AGGREGATE public.first_of(integer ORDER BY integer) (SFUNC = public.pick_step, STYPE = integer, FINALFUNC = public.pick_done, FINALFUNC_MODIFY = READ_WRITE);
-- @reverse
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Drop aggregate public.first_of(integer ORDER BY integer)
DROP AGGREGATE public.first_of(integer ORDER BY integer);

-- Drop aggregate public.moving_sum(integer)
DROP AGGREGATE public.moving_sum(integer);

-- Drop function public.int_add(a bigint, b integer)
DROP FUNCTION public.int_add(a bigint, b integer);

-- Drop function public.int_sub(a bigint, b integer)
DROP FUNCTION public.int_sub(a bigint, b integer);

-- Drop function public.pick_done(s integer, d integer)
DROP FUNCTION public.pick_done(s integer, d integer);

-- Drop function public.pick_step(s integer, x integer)
DROP FUNCTION public.pick_step(s integer, x integer);

-- Replace aggregate public.concat_all(text)
CREATE OR REPLACE AGGREGATE public.concat_all(text) (SFUNC = public.concat_step, STYPE = text);
