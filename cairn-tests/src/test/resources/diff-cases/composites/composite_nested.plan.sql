-- Golden plans of composites/composite_nested.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create type public.point2
CREATE TYPE public.point2 AS (x double precision, y double precision);

-- Create type public.segment
CREATE TYPE public.segment AS (a public.point2, b public.point2, via public.point2[]);
-- @reverse
-- Drop type public.segment
DROP TYPE public.segment;

-- Drop type public.point2
DROP TYPE public.point2;
