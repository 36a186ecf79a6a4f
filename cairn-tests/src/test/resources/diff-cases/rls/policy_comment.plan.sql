-- Golden plans of rls/policy_comment.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Comment on policy doc_owner on public.doc
COMMENT ON POLICY doc_owner ON public.doc IS 'own rows only';
-- @reverse
-- Remove comment on policy doc_owner on public.doc
COMMENT ON POLICY doc_owner ON public.doc IS NULL;
