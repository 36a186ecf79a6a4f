-- Golden plans of indexes/unique_nulls_not_distinct.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop index public.doc_title_key
DROP INDEX public.doc_title_key;

-- Create unique index public.doc_title_key on public.doc [BLOCKS WRITES]
CREATE UNIQUE INDEX doc_title_key ON public.doc USING btree (title) NULLS NOT DISTINCT;
-- @reverse
-- Drop index public.doc_title_key
DROP INDEX public.doc_title_key;

-- Create unique index public.doc_title_key on public.doc [BLOCKS WRITES]
CREATE UNIQUE INDEX doc_title_key ON public.doc USING btree (title);
