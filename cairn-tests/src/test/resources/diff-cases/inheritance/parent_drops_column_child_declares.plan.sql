-- Golden plans of inheritance/parent_drops_column_child_declares.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: DATA_LOSS public.item.note: column is dropped with its values
-- Drop column public.item.note (the tables inheriting it keep theirs) [DATA LOSS]
ALTER TABLE ONLY public.item DROP COLUMN note;
-- @reverse
-- Add column public.item.note
ALTER TABLE public.item ADD COLUMN note text;
