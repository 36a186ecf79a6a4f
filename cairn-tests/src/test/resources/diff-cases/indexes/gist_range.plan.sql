-- Golden plans of indexes/gist_range.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create index public.doc_during_idx on public.doc [BLOCKS WRITES]
CREATE INDEX doc_during_idx ON public.doc USING gist (during);
-- @reverse
-- Drop index public.doc_during_idx
DROP INDEX public.doc_during_idx;
