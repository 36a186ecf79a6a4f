-- Golden plans of rls/policy_drop.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop policy doc_owner on public.doc
DROP POLICY doc_owner ON public.doc;
-- @reverse
-- Create policy doc_owner on public.doc
CREATE POLICY doc_owner ON public.doc TO PUBLIC USING ((owner_name = CURRENT_USER));
