-- Golden plans of columns/drop_middle_column.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: DATA_LOSS public.item.b: column is dropped with its values
-- Drop column public.item.b [DATA LOSS]
ALTER TABLE public.item DROP COLUMN b;
-- @reverse
-- warning: COLUMN_ORDER public.item: column order differs: new columns are appended; Cairn does not rebuild tables to reorder them (the table gets id, a, c, b; the schema says id, a, b, c)
-- Add column public.item.b
ALTER TABLE public.item ADD COLUMN b text;
