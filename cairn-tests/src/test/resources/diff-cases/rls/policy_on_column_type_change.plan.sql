-- Golden plans of rls/policy_on_column_type_change.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop policy doc_public on public.doc
DROP POLICY doc_public ON public.doc;

-- Drop default of public.doc.public
ALTER TABLE public.doc ALTER COLUMN public DROP DEFAULT;

-- Change type of public.doc.public to integer [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.doc ALTER COLUMN public TYPE integer USING public::integer;

-- Set default of public.doc.public
ALTER TABLE public.doc ALTER COLUMN public SET DEFAULT 0;

-- Create policy doc_public on public.doc
CREATE POLICY doc_public ON public.doc TO PUBLIC USING ((public = 1));
-- @reverse
-- Drop policy doc_public on public.doc
DROP POLICY doc_public ON public.doc;

-- Drop default of public.doc.public
ALTER TABLE public.doc ALTER COLUMN public DROP DEFAULT;

-- Change type of public.doc.public to boolean [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.doc ALTER COLUMN public TYPE boolean USING public::boolean;

-- Set default of public.doc.public
ALTER TABLE public.doc ALTER COLUMN public SET DEFAULT false;

-- Create policy doc_public on public.doc
CREATE POLICY doc_public ON public.doc TO PUBLIC USING (public);
