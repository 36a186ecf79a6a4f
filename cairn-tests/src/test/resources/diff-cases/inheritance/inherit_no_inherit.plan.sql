-- Golden plans of inheritance/inherit_no_inherit.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Add check constraint item_id_positive on public.book [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.book ADD CONSTRAINT item_id_positive CHECK ((id > 0));

-- Make table public.book inherit from public.item
ALTER TABLE public.book INHERIT public.item;
-- @reverse
-- Stop table public.book inheriting from public.item
ALTER TABLE public.book NO INHERIT public.item;

-- Drop check constraint item_id_positive on public.book
ALTER TABLE public.book DROP CONSTRAINT item_id_positive;
