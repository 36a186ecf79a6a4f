-- Golden plans of indexes/brin.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create index public.doc_created_brin on public.doc [BLOCKS WRITES]
CREATE INDEX doc_created_brin ON public.doc USING brin (created) WITH (pages_per_range='32');
-- @reverse
-- Drop index public.doc_created_brin
DROP INDEX public.doc_created_brin;
