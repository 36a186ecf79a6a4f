-- Golden plans of inheritance/parent_type_change_with_views.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop view public.all_qty
DROP VIEW public.all_qty;

-- Drop view public.book_qty
DROP VIEW public.book_qty;

-- Change type of public.item.qty to bigint [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN qty TYPE bigint;

-- Create view public.all_qty
CREATE VIEW public.all_qty AS
SELECT id,
    qty
   FROM public.item;

-- Create view public.book_qty
CREATE VIEW public.book_qty AS
SELECT id,
    qty
   FROM public.book;
-- @reverse
-- Drop view public.all_qty
DROP VIEW public.all_qty;

-- Drop view public.book_qty
DROP VIEW public.book_qty;

-- Change type of public.item.qty to integer [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN qty TYPE integer;

-- Create view public.all_qty
CREATE VIEW public.all_qty AS
SELECT id,
    qty
   FROM public.item;

-- Create view public.book_qty
CREATE VIEW public.book_qty AS
SELECT id,
    qty
   FROM public.book;
