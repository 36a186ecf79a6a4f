-- Golden plans of indexes/unique_add.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create unique index public.doc_title_key on public.doc [BLOCKS WRITES]
CREATE UNIQUE INDEX doc_title_key ON public.doc USING btree (title);
-- @reverse
-- Drop index public.doc_title_key
DROP INDEX public.doc_title_key;
