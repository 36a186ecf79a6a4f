-- Golden plans of inheritance/inherit_with_new_parent_check.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Add check constraint item_id_check on public.book [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.book ADD CONSTRAINT item_id_check CHECK ((id > 0));

-- Make table public.book inherit from public.item
ALTER TABLE public.book INHERIT public.item;

-- Add check constraint item_id_check on public.item [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ADD CONSTRAINT item_id_check CHECK ((id > 0));
-- @reverse
-- Drop check constraint item_id_check on public.item (the tables inheriting it keep theirs)
ALTER TABLE ONLY public.item DROP CONSTRAINT item_id_check;

-- Stop table public.book inheriting from public.item
ALTER TABLE public.book NO INHERIT public.item;

-- Drop check constraint item_id_check on public.book
ALTER TABLE public.book DROP CONSTRAINT item_id_check;
