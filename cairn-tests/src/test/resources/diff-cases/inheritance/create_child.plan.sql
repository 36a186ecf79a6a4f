-- Golden plans of inheritance/create_child.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create table public.item
CREATE TABLE public.item (
    id integer NOT NULL,
    name text DEFAULT 'x'::text,
    CONSTRAINT item_id_positive CHECK ((id > 0))
);

-- Create table public.book
CREATE TABLE public.book (
    isbn text NOT NULL,
    CONSTRAINT book_isbn_length CHECK ((length(isbn) >= 10))
) INHERITS (public.item);

-- Set default of public.book.name
ALTER TABLE public.book ALTER COLUMN name SET DEFAULT 'book'::text;
-- @reverse
-- warning: DATA_LOSS public.book: table is dropped with all its rows
-- warning: DATA_LOSS public.item: table is dropped with all its rows
-- Drop table public.book [DATA LOSS]
DROP TABLE public.book;

-- Drop table public.item [DATA LOSS]
DROP TABLE public.item;
