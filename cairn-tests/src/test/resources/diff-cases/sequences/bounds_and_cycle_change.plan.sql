-- Golden plans of sequences/bounds_and_cycle_change.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Change options of sequence public.s
ALTER SEQUENCE public.s MINVALUE 10 MAXVALUE 999 START WITH 10 CYCLE RESTART;
-- @reverse
-- Change options of sequence public.s
ALTER SEQUENCE public.s MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 NO CYCLE;
