-- Golden plans of inheritance/two_parents_one_drops.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: DATA_LOSS public.item.code: column is dropped with its values
-- Drop column public.item.code (the tables inheriting it keep theirs) [DATA LOSS]
ALTER TABLE ONLY public.item DROP COLUMN code;
-- @reverse
-- Add column public.item.code
ALTER TABLE public.item ADD COLUMN code text;
