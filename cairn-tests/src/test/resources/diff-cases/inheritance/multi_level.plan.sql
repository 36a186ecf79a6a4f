-- Golden plans of inheritance/multi_level.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: COLUMN_ORDER public.book: column order differs: new columns are appended; Cairn does not rebuild tables to reorder them (the table gets id, name, isbn, added_at; the schema says id, name, added_at, isbn)
-- warning: COLUMN_ORDER public.ebook: column order differs: new columns are appended; Cairn does not rebuild tables to reorder them (the table gets id, name, isbn, url, added_at; the schema says id, name, added_at, isbn, url)
-- warning: COLUMN_ORDER public.tagged_book: column order differs: new columns are appended; Cairn does not rebuild tables to reorder them (the table gets id, name, isbn, tag, extra, added_at; the schema says id, name, added_at, isbn, tag, extra)
-- Drop default of public.item.name
ALTER TABLE public.item ALTER COLUMN name DROP DEFAULT;

-- Set default of public.item.name
ALTER TABLE public.item ALTER COLUMN name SET DEFAULT 'b'::text;

-- Add column public.item.added_at
ALTER TABLE public.item ADD COLUMN added_at date;
-- @reverse
-- warning: DATA_LOSS public.book.added_at: column is dropped with its values
-- warning: DATA_LOSS public.ebook.added_at: column is dropped with its values
-- warning: DATA_LOSS public.item.added_at: column is dropped with its values
-- warning: DATA_LOSS public.tagged_book.added_at: column is dropped with its values
-- Drop column public.item.added_at (the tables inheriting it keep theirs) [DATA LOSS]
ALTER TABLE ONLY public.item DROP COLUMN added_at;

-- Drop column public.book.added_at (the tables inheriting it keep theirs) [DATA LOSS]
ALTER TABLE ONLY public.book DROP COLUMN added_at;

-- Drop column public.ebook.added_at [DATA LOSS]
ALTER TABLE public.ebook DROP COLUMN added_at;

-- Drop column public.tagged_book.added_at [DATA LOSS]
ALTER TABLE public.tagged_book DROP COLUMN added_at;

-- Drop default of public.item.name
ALTER TABLE public.item ALTER COLUMN name DROP DEFAULT;

-- Set default of public.item.name
ALTER TABLE public.item ALTER COLUMN name SET DEFAULT 'a'::text;
