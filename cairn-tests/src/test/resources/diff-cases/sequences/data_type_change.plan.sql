-- Golden plans of sequences/data_type_change.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Change options of sequence public.s
ALTER SEQUENCE public.s AS bigint MINVALUE 1 MAXVALUE 9223372036854775807;
-- @reverse
-- Change options of sequence public.s
ALTER SEQUENCE public.s AS integer MINVALUE 1 MAXVALUE 2147483647;
