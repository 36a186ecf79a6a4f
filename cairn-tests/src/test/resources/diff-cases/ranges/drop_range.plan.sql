-- Golden plans of ranges/drop_range.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop range type public.floatrange
DROP TYPE public.floatrange;
-- @reverse
-- Create range type public.floatrange
CREATE TYPE public.floatrange AS RANGE (SUBTYPE = double precision, SUBTYPE_DIFF = float8mi);
