-- Golden plans of columns/drop_column_used_by_index.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: DATA_LOSS public.item.code: column is dropped with its values
-- Drop index public.item_code_idx
DROP INDEX public.item_code_idx;

-- Drop column public.item.code [DATA LOSS]
ALTER TABLE public.item DROP COLUMN code;
-- @reverse
-- Add column public.item.code
ALTER TABLE public.item ADD COLUMN code text;

-- Create index public.item_code_idx on public.item [BLOCKS WRITES]
CREATE INDEX item_code_idx ON public.item USING btree (code);
