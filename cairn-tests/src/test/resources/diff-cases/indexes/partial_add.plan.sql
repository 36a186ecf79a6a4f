-- Golden plans of indexes/partial_add.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create index public.doc_live_idx on public.doc [BLOCKS WRITES]
CREATE INDEX doc_live_idx ON public.doc USING btree (created) WHERE (NOT deleted);
-- @reverse
-- Drop index public.doc_live_idx
DROP INDEX public.doc_live_idx;
