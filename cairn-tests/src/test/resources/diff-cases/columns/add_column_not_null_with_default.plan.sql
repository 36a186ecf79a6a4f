-- Golden plans of columns/add_column_not_null_with_default.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Add column public.item.status
ALTER TABLE public.item ADD COLUMN status text DEFAULT 'new'::text NOT NULL;
-- @reverse
-- warning: DATA_LOSS public.item.status: column is dropped with its values
-- Drop column public.item.status [DATA LOSS]
ALTER TABLE public.item DROP COLUMN status;
