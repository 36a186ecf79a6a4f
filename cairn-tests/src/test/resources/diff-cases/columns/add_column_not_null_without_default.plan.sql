-- Golden plans of columns/add_column_not_null_without_default.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Add column public.item.code (NOT NULL without default: fails unless the table is empty)
ALTER TABLE public.item ADD COLUMN code text NOT NULL;
-- @reverse
-- warning: DATA_LOSS public.item.code: column is dropped with its values
-- Drop column public.item.code [DATA LOSS]
ALTER TABLE public.item DROP COLUMN code;
