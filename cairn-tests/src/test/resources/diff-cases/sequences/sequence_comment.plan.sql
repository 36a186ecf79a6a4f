-- Golden plans of sequences/sequence_comment.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Comment on sequence public.s
COMMENT ON SEQUENCE public.s IS 'numbers';
-- @reverse
-- Remove comment on sequence public.s
COMMENT ON SEQUENCE public.s IS NULL;
