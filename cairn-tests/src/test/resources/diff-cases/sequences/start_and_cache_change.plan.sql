-- Golden plans of sequences/start_and_cache_change.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Change options of sequence public.s
ALTER SEQUENCE public.s START WITH 1000 CACHE 50;
-- @reverse
-- Change options of sequence public.s
ALTER SEQUENCE public.s START WITH 1 CACHE 1;
