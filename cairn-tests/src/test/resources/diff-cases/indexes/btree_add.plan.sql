-- Golden plans of indexes/btree_add.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create index public.doc_title_idx on public.doc [BLOCKS WRITES]
CREATE INDEX doc_title_idx ON public.doc USING btree (title);
-- @reverse
-- Drop index public.doc_title_idx
DROP INDEX public.doc_title_idx;
