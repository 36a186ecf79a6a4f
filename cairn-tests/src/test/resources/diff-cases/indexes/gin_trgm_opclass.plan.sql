-- Golden plans of indexes/gin_trgm_opclass.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create index public.doc_title_trgm_idx on public.doc [BLOCKS WRITES]
CREATE INDEX doc_title_trgm_idx ON public.doc USING gin (title public.gin_trgm_ops);
-- @reverse
-- Drop index public.doc_title_trgm_idx
DROP INDEX public.doc_title_trgm_idx;
