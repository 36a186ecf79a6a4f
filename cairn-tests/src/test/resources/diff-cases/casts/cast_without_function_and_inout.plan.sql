-- Golden plans of casts/cast_without_function_and_inout.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create cast public.mood AS text
CREATE CAST (public.mood AS text) WITH INOUT AS IMPLICIT;

-- Create cast xid AS integer
CREATE CAST (xid AS integer) WITHOUT FUNCTION;
-- @reverse
-- Drop cast public.mood AS text
DROP CAST (public.mood AS text);

-- Drop cast xid AS integer
DROP CAST (xid AS integer);
