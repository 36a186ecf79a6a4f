-- Golden plans of indexes/hash.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create index public.doc_title_hash on public.doc [BLOCKS WRITES]
CREATE INDEX doc_title_hash ON public.doc USING hash (title);
-- @reverse
-- Drop index public.doc_title_hash
DROP INDEX public.doc_title_hash;
