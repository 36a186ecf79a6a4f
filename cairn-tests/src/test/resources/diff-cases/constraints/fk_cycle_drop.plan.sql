-- Golden plans of constraints/fk_cycle_drop.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: DATA_LOSS public.author: table is dropped with all its rows
-- warning: DATA_LOSS public.book: table is dropped with all its rows
-- Drop foreign key author_favourite_fk on public.author
ALTER TABLE public.author DROP CONSTRAINT author_favourite_fk;

-- Drop foreign key book_author_id_fkey on public.book
ALTER TABLE public.book DROP CONSTRAINT book_author_id_fkey;

-- Drop table public.author [DATA LOSS]
DROP TABLE public.author;

-- Drop table public.book [DATA LOSS]
DROP TABLE public.book;
-- @reverse
-- Create table public.author
CREATE TABLE public.author (
    id integer NOT NULL,
    favourite_book integer,
    CONSTRAINT author_pkey PRIMARY KEY (id)
);

-- Create table public.book
CREATE TABLE public.book (
    id integer NOT NULL,
    author_id integer NOT NULL,
    CONSTRAINT book_pkey PRIMARY KEY (id)
);

-- Add foreign key author_favourite_fk on public.author
ALTER TABLE public.author ADD CONSTRAINT author_favourite_fk FOREIGN KEY (favourite_book) REFERENCES public.book(id) DEFERRABLE INITIALLY DEFERRED;

-- Add foreign key book_author_id_fkey on public.book
ALTER TABLE public.book ADD CONSTRAINT book_author_id_fkey FOREIGN KEY (author_id) REFERENCES public.author(id);
