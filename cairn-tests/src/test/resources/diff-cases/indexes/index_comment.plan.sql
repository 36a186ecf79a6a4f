-- Golden plans of indexes/index_comment.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Comment on index public.doc_title_idx
COMMENT ON INDEX public.doc_title_idx IS 'for search';
-- @reverse
-- Remove comment on index public.doc_title_idx
COMMENT ON INDEX public.doc_title_idx IS NULL;
