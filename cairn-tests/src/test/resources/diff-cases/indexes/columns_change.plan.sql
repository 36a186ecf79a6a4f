-- Golden plans of indexes/columns_change.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop index public.doc_idx
DROP INDEX public.doc_idx;

-- Create index public.doc_idx on public.doc [BLOCKS WRITES]
CREATE INDEX doc_idx ON public.doc USING btree (title, created);
-- @reverse
-- Drop index public.doc_idx
DROP INDEX public.doc_idx;

-- Create index public.doc_idx on public.doc [BLOCKS WRITES]
CREATE INDEX doc_idx ON public.doc USING btree (title);
