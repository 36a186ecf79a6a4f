-- Golden plans of inheritance/parent_drops_column_child_keeps.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: DATA_LOSS public.dvd.note: column is dropped with its values
-- warning: DATA_LOSS public.item.note: column is dropped with its values
-- Drop column public.item.note (the tables inheriting it keep theirs) [DATA LOSS]
ALTER TABLE ONLY public.item DROP COLUMN note;

-- Drop column public.dvd.note [DATA LOSS]
ALTER TABLE public.dvd DROP COLUMN note;
-- @reverse
-- warning: COLUMN_ORDER public.dvd: column order differs: new columns are appended; Cairn does not rebuild tables to reorder them (the table gets id, minutes, note; the schema says id, note, minutes)
-- Add column public.item.note
ALTER TABLE public.item ADD COLUMN note text;
