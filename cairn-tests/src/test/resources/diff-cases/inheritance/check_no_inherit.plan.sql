-- Golden plans of inheritance/check_no_inherit.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Add check constraint item_only_positive on public.item [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ADD CONSTRAINT item_only_positive CHECK ((id > 0)) NO INHERIT;

-- Add check constraint item_qty_check on public.item [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ADD CONSTRAINT item_qty_check CHECK ((qty >= 0));
-- @reverse
-- Drop check constraint item_only_positive on public.item
ALTER TABLE public.item DROP CONSTRAINT item_only_positive;

-- Drop check constraint item_qty_check on public.item (the tables inheriting it keep theirs)
ALTER TABLE ONLY public.item DROP CONSTRAINT item_qty_check;

-- Drop check constraint item_qty_check on public.book
ALTER TABLE public.book DROP CONSTRAINT item_qty_check;
