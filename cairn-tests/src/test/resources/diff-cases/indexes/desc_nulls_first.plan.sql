-- Golden plans of indexes/desc_nulls_first.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop index public.doc_created_idx
DROP INDEX public.doc_created_idx;

-- Create index public.doc_created_idx on public.doc [BLOCKS WRITES]
CREATE INDEX doc_created_idx ON public.doc USING btree (created DESC, id);
-- @reverse
-- Drop index public.doc_created_idx
DROP INDEX public.doc_created_idx;

-- Create index public.doc_created_idx on public.doc [BLOCKS WRITES]
CREATE INDEX doc_created_idx ON public.doc USING btree (created);
