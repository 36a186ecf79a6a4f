-- Golden plans of indexes/index_on_expression_over_function.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Create function public.norm(t text)
CREATE OR REPLACE FUNCTION public.norm(t text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT lower(btrim(t)) $function$;

-- Create index public.doc_norm_title_idx on public.doc [BLOCKS WRITES]
CREATE INDEX doc_norm_title_idx ON public.doc USING btree (public.norm(title));
-- @reverse
-- Drop index public.doc_norm_title_idx
DROP INDEX public.doc_norm_title_idx;

-- Drop function public.norm(t text)
DROP FUNCTION public.norm(t text);
