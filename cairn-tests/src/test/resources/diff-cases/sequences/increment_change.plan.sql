-- Golden plans of sequences/increment_change.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Change options of sequence public.s
ALTER SEQUENCE public.s INCREMENT BY 10;
-- @reverse
-- Change options of sequence public.s
ALTER SEQUENCE public.s INCREMENT BY 1;
