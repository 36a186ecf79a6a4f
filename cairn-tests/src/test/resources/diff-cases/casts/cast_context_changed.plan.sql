-- Golden plans of casts/cast_context_changed.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop cast integer AS public.pair
DROP CAST (integer AS public.pair);

-- Create cast integer AS public.pair
CREATE CAST (integer AS public.pair) WITH FUNCTION public.pair_of(integer) AS IMPLICIT;
-- @reverse
-- Drop cast integer AS public.pair
DROP CAST (integer AS public.pair);

-- Create cast integer AS public.pair
CREATE CAST (integer AS public.pair) WITH FUNCTION public.pair_of(integer);
