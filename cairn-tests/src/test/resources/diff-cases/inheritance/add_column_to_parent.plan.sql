-- Golden plans of inheritance/add_column_to_parent.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: COLUMN_ORDER public.book: column order differs: new columns are appended; Cairn does not rebuild tables to reorder them (the table gets id, name, isbn, price; the schema says id, name, price, isbn)
-- warning: COLUMN_ORDER public.dvd: column order differs: new columns are appended; Cairn does not rebuild tables to reorder them (the table gets id, name, minutes, price; the schema says id, name, price, minutes)
-- Add column public.item.price
ALTER TABLE public.item ADD COLUMN price numeric(10,2) DEFAULT 0 NOT NULL;
-- @reverse
-- warning: DATA_LOSS public.book.price: column is dropped with its values
-- warning: DATA_LOSS public.dvd.price: column is dropped with its values
-- warning: DATA_LOSS public.item.price: column is dropped with its values
-- Drop column public.item.price (the tables inheriting it keep theirs) [DATA LOSS]
ALTER TABLE ONLY public.item DROP COLUMN price;

-- Drop column public.book.price [DATA LOSS]
ALTER TABLE public.book DROP COLUMN price;

-- Drop column public.dvd.price [DATA LOSS]
ALTER TABLE public.dvd DROP COLUMN price;
