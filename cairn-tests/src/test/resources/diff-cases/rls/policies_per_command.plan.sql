-- Golden plans of rls/policies_per_command.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create policy doc_delete on public.doc
CREATE POLICY doc_delete ON public.doc FOR DELETE TO PUBLIC USING ((owner_name = CURRENT_USER));

-- Create policy doc_insert on public.doc
CREATE POLICY doc_insert ON public.doc FOR INSERT TO PUBLIC WITH CHECK ((owner_name = CURRENT_USER));

-- Create policy doc_read on public.doc
CREATE POLICY doc_read ON public.doc FOR SELECT TO PUBLIC USING ((public OR (owner_name = CURRENT_USER)));

-- Create policy doc_update on public.doc
CREATE POLICY doc_update ON public.doc FOR UPDATE TO PUBLIC USING ((owner_name = CURRENT_USER)) WITH CHECK ((owner_name = CURRENT_USER));
-- @reverse
-- Drop policy doc_delete on public.doc
DROP POLICY doc_delete ON public.doc;

-- Drop policy doc_insert on public.doc
DROP POLICY doc_insert ON public.doc;

-- Drop policy doc_read on public.doc
DROP POLICY doc_read ON public.doc;

-- Drop policy doc_update on public.doc
DROP POLICY doc_update ON public.doc;
