-- Golden plans of inheritance/check_becomes_no_inherit.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop check constraint item_id_check on public.item (the tables inheriting it keep theirs)
ALTER TABLE ONLY public.item DROP CONSTRAINT item_id_check;

-- Drop check constraint item_id_check on public.dvd
ALTER TABLE public.dvd DROP CONSTRAINT item_id_check;

-- Add check constraint item_id_check on public.item [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ADD CONSTRAINT item_id_check CHECK ((id > 0)) NO INHERIT;
-- @reverse
-- Drop check constraint item_id_check on public.item
ALTER TABLE public.item DROP CONSTRAINT item_id_check;

-- Add check constraint item_id_check on public.item [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ADD CONSTRAINT item_id_check CHECK ((id > 0));
