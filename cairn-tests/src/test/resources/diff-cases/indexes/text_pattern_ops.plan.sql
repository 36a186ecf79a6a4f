-- Golden plans of indexes/text_pattern_ops.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop index public.doc_title_idx
DROP INDEX public.doc_title_idx;

-- Create index public.doc_title_idx on public.doc [BLOCKS WRITES]
CREATE INDEX doc_title_idx ON public.doc USING btree (title COLLATE "C" text_pattern_ops);
-- @reverse
-- Drop index public.doc_title_idx
DROP INDEX public.doc_title_idx;

-- Create index public.doc_title_idx on public.doc [BLOCKS WRITES]
CREATE INDEX doc_title_idx ON public.doc USING btree (title);
