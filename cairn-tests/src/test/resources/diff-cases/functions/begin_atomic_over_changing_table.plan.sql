-- Golden plans of functions/begin_atomic_over_changing_table.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Drop function public.total()
DROP FUNCTION public.total();

-- Change type of public.t.v to bigint [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ALTER COLUMN v TYPE bigint;

-- Create function public.total()
CREATE OR REPLACE FUNCTION public.total()
 RETURNS numeric
 LANGUAGE sql
 STABLE
BEGIN ATOMIC
 SELECT sum(t.v) AS sum
    FROM public.t;
END;
-- @reverse
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Drop function public.total()
DROP FUNCTION public.total();

-- Change type of public.t.v to integer [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ALTER COLUMN v TYPE integer;

-- Create function public.total()
CREATE OR REPLACE FUNCTION public.total()
 RETURNS bigint
 LANGUAGE sql
 STABLE
BEGIN ATOMIC
 SELECT sum(t.v) AS sum
    FROM public.t;
END;
