-- Golden plans of casts/cast_type_and_function_dropped.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop cast double precision[] AS geo.pt
DROP CAST (double precision[] AS geo.pt);

-- Drop function geo.pt_of(double precision[])
DROP FUNCTION geo.pt_of(double precision[]);

-- Drop type geo.pt
DROP TYPE geo.pt;
-- @reverse
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Create type geo.pt
CREATE TYPE geo.pt AS (x double precision, y double precision);

-- Create function geo.pt_of(double precision[])
CREATE OR REPLACE FUNCTION geo.pt_of(double precision[])
 RETURNS geo.pt
 LANGUAGE sql
AS $function$SELECT ROW($1[1], $1[2])::geo.pt$function$;

-- Create cast double precision[] AS geo.pt
CREATE CAST (double precision[] AS geo.pt) WITH FUNCTION geo.pt_of(double precision[]);
