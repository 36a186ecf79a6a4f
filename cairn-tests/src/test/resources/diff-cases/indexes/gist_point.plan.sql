-- Golden plans of indexes/gist_point.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create index public.doc_loc_idx on public.doc [BLOCKS WRITES]
CREATE INDEX doc_loc_idx ON public.doc USING gist (loc);
-- @reverse
-- Drop index public.doc_loc_idx
DROP INDEX public.doc_loc_idx;
