-- Golden plans of rls/policy_roles_change.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Change policy doc_owner on public.doc
ALTER POLICY doc_owner ON public.doc TO pg_read_all_data;
-- @reverse
-- Change policy doc_owner on public.doc
ALTER POLICY doc_owner ON public.doc TO PUBLIC;
