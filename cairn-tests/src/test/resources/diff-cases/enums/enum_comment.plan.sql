-- Golden plans of enums/enum_comment.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Comment on type public.mood
COMMENT ON TYPE public.mood IS 'feelings';
-- @reverse
-- Remove comment on type public.mood
COMMENT ON TYPE public.mood IS NULL;
