-- Golden plans of columns/generated_becomes_middle_column.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: DATA_LOSS public.item.total: column becomes generated: it is dropped and added again, its values are recomputed
-- warning: COLUMN_ORDER public.item: column order differs: new columns are appended; Cairn does not rebuild tables to reorder them (the table gets id, price, note, total; the schema says id, price, total, note)
-- Drop column public.item.total [DATA LOSS]
ALTER TABLE public.item DROP COLUMN total;

-- Add column public.item.total (stored generated column) [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ADD COLUMN total integer GENERATED ALWAYS AS ((price * 2)) STORED;
-- @reverse
-- Make generated column public.item.total a plain column
ALTER TABLE public.item ALTER COLUMN total DROP EXPRESSION;
