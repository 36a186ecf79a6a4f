-- Golden plans of inheritance/drop_parent.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: DATA_LOSS public.item: table is dropped with all its rows
-- Stop table public.book inheriting from public.item
ALTER TABLE public.book NO INHERIT public.item;

-- Drop table public.item [DATA LOSS]
DROP TABLE public.item;
-- @reverse
-- Create table public.item
CREATE TABLE public.item (
    id integer NOT NULL,
    name text,
    CONSTRAINT item_id_check CHECK ((id > 0))
);

-- Make table public.book inherit from public.item
ALTER TABLE public.book INHERIT public.item;
