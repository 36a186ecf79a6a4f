-- Golden plans of indexes/two_indexes_same_columns.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create index public.doc_title_btree on public.doc [BLOCKS WRITES]
CREATE INDEX doc_title_btree ON public.doc USING btree (title);

-- Create index public.doc_title_hash on public.doc [BLOCKS WRITES]
CREATE INDEX doc_title_hash ON public.doc USING hash (title);
-- @reverse
-- Drop index public.doc_title_btree
DROP INDEX public.doc_title_btree;

-- Drop index public.doc_title_hash
DROP INDEX public.doc_title_hash;
