-- Golden plans of columns/add_column.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Add column public.item.note
ALTER TABLE public.item ADD COLUMN note text;
-- @reverse
-- warning: DATA_LOSS public.item.note: column is dropped with its values
-- Drop column public.item.note [DATA LOSS]
ALTER TABLE public.item DROP COLUMN note;
