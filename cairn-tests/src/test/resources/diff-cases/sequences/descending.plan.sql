-- Golden plans of sequences/descending.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create sequence public.countdown
CREATE SEQUENCE public.countdown INCREMENT BY -1;
-- @reverse
-- Drop sequence public.countdown
DROP SEQUENCE public.countdown;
