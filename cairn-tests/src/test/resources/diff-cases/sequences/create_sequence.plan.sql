-- Golden plans of sequences/create_sequence.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create sequence public.order_no
CREATE SEQUENCE public.order_no;
-- @reverse
-- Drop sequence public.order_no
DROP SEQUENCE public.order_no;
