-- Golden plans of indexes/gin_array.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create index public.doc_tags_idx on public.doc [BLOCKS WRITES]
CREATE INDEX doc_tags_idx ON public.doc USING gin (tags);
-- @reverse
-- Drop index public.doc_tags_idx
DROP INDEX public.doc_tags_idx;
