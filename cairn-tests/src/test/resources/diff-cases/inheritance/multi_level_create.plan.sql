-- Golden plans of inheritance/multi_level_create.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create table public.item
CREATE TABLE public.item (
    id integer NOT NULL,
    name text DEFAULT 'a'::text
);

-- Create table public.book
CREATE TABLE public.book (
    isbn text
) INHERITS (public.item);

-- Create table public.ebook
CREATE TABLE public.ebook (
    url text
) INHERITS (public.book);

-- Create table public.plain_book
CREATE TABLE public.plain_book () INHERITS (public.book);

-- Create table public.tagged
CREATE TABLE public.tagged (
    tag text,
    CONSTRAINT tagged_tag_check CHECK ((tag <> ''::text))
);

-- Create table public.a_tagged_book
CREATE TABLE public.a_tagged_book (
    extra integer
) INHERITS (public.book, public.tagged);
-- @reverse
-- warning: DATA_LOSS public.a_tagged_book: table is dropped with all its rows
-- warning: DATA_LOSS public.book: table is dropped with all its rows
-- warning: DATA_LOSS public.ebook: table is dropped with all its rows
-- warning: DATA_LOSS public.item: table is dropped with all its rows
-- warning: DATA_LOSS public.plain_book: table is dropped with all its rows
-- warning: DATA_LOSS public.tagged: table is dropped with all its rows
-- Drop table public.a_tagged_book [DATA LOSS]
DROP TABLE public.a_tagged_book;

-- Drop table public.ebook [DATA LOSS]
DROP TABLE public.ebook;

-- Drop table public.plain_book [DATA LOSS]
DROP TABLE public.plain_book;

-- Drop table public.book [DATA LOSS]
DROP TABLE public.book;

-- Drop table public.item [DATA LOSS]
DROP TABLE public.item;

-- Drop table public.tagged [DATA LOSS]
DROP TABLE public.tagged;
