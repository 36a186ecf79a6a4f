-- Golden plans of composites/create_composite.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create type public.address
CREATE TYPE public.address AS (street text, city text, zip character varying(10));
-- @reverse
-- Drop type public.address
DROP TYPE public.address;
