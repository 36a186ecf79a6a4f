-- Golden plans of indexes/expression_change.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop index public.doc_title_expr_idx
DROP INDEX public.doc_title_expr_idx;

-- Create index public.doc_title_expr_idx on public.doc [BLOCKS WRITES]
CREATE INDEX doc_title_expr_idx ON public.doc USING btree (upper(title));
-- @reverse
-- Drop index public.doc_title_expr_idx
DROP INDEX public.doc_title_expr_idx;

-- Create index public.doc_title_expr_idx on public.doc [BLOCKS WRITES]
CREATE INDEX doc_title_expr_idx ON public.doc USING btree (lower(title));
