-- Golden plans of rls/policy_with_check_add.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Change policy doc_owner on public.doc
ALTER POLICY doc_owner ON public.doc WITH CHECK ((owner_name = CURRENT_USER));
-- @reverse
-- Drop policy doc_owner on public.doc (to recreate it without an expression)
DROP POLICY doc_owner ON public.doc;

-- Create policy doc_owner on public.doc
CREATE POLICY doc_owner ON public.doc TO PUBLIC USING ((owner_name = CURRENT_USER));
