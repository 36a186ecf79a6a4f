-- Golden plans of indexes/include_columns.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop index public.doc_created_idx
DROP INDEX public.doc_created_idx;

-- Create index public.doc_created_idx on public.doc [BLOCKS WRITES]
CREATE INDEX doc_created_idx ON public.doc USING btree (created) INCLUDE (title, score);
-- @reverse
-- Drop index public.doc_created_idx
DROP INDEX public.doc_created_idx;

-- Create index public.doc_created_idx on public.doc [BLOCKS WRITES]
CREATE INDEX doc_created_idx ON public.doc USING btree (created);
