-- Golden plans of sequences/drop_sequence.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop sequence public.order_no
DROP SEQUENCE public.order_no;
-- @reverse
-- Create sequence public.order_no
CREATE SEQUENCE public.order_no;
