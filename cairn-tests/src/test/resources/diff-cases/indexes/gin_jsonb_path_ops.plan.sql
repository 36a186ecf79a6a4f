-- Golden plans of indexes/gin_jsonb_path_ops.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop index public.doc_data_idx
DROP INDEX public.doc_data_idx;

-- Create index public.doc_data_idx on public.doc [BLOCKS WRITES]
CREATE INDEX doc_data_idx ON public.doc USING gin (data jsonb_path_ops);
-- @reverse
-- Drop index public.doc_data_idx
DROP INDEX public.doc_data_idx;

-- Create index public.doc_data_idx on public.doc [BLOCKS WRITES]
CREATE INDEX doc_data_idx ON public.doc USING gin (data);
