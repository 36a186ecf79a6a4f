-- Golden plans of inheritance/change_parent.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: COLUMN_ORDER public.book: column order differs: new columns are appended; Cairn does not rebuild tables to reorder them (the table gets id, isbn, sku; the schema says id, sku, isbn)
-- Stop table public.book inheriting from public.item
ALTER TABLE public.book NO INHERIT public.item;

-- Add column public.book.sku
ALTER TABLE public.book ADD COLUMN sku text;

-- Add check constraint product_sku_check on public.book [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.book ADD CONSTRAINT product_sku_check CHECK ((sku <> ''::text));

-- Make table public.book inherit from public.product
ALTER TABLE public.book INHERIT public.product;
-- @reverse
-- warning: DATA_LOSS public.book.sku: column is dropped with its values
-- Stop table public.book inheriting from public.product
ALTER TABLE public.book NO INHERIT public.product;

-- Drop check constraint product_sku_check on public.book
ALTER TABLE public.book DROP CONSTRAINT product_sku_check;

-- Drop column public.book.sku [DATA LOSS]
ALTER TABLE public.book DROP COLUMN sku;

-- Make table public.book inherit from public.item
ALTER TABLE public.book INHERIT public.item;
