-- Golden plans of functions/function_comment.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Comment on function public.add_one(n integer)
COMMENT ON FUNCTION public.add_one(n integer) IS 'adds one';
-- @reverse
-- Remove comment on function public.add_one(n integer)
COMMENT ON FUNCTION public.add_one(n integer) IS NULL;
