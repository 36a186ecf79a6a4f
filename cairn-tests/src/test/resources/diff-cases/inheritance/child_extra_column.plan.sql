-- Golden plans of inheritance/child_extra_column.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Add column public.book.pages
ALTER TABLE public.book ADD COLUMN pages integer DEFAULT 0 NOT NULL;

-- Add check constraint book_pages_check on public.book [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.book ADD CONSTRAINT book_pages_check CHECK ((pages >= 0));
-- @reverse
-- warning: DATA_LOSS public.book.pages: column is dropped with its values
-- Drop check constraint book_pages_check on public.book
ALTER TABLE public.book DROP CONSTRAINT book_pages_check;

-- Drop column public.book.pages [DATA LOSS]
ALTER TABLE public.book DROP COLUMN pages;
