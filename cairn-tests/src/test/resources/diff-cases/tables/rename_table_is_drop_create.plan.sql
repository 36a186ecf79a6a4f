-- Golden plans of tables/rename_table_is_drop_create.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: DATA_LOSS public.old_name: table is dropped with all its rows (if it was renamed, give the rename explicitly)
-- warning: POSSIBLE_RENAME public.old_name: dropped while public.new_name is added: a rename? (public.old_name=public.new_name)
-- Drop table public.old_name [DATA LOSS]
DROP TABLE public.old_name;

-- Create table public.new_name
CREATE TABLE public.new_name (
    id integer NOT NULL,
    CONSTRAINT new_name_pkey PRIMARY KEY (id)
);
-- @reverse
-- warning: DATA_LOSS public.new_name: table is dropped with all its rows (if it was renamed, give the rename explicitly)
-- warning: POSSIBLE_RENAME public.new_name: dropped while public.old_name is added: a rename? (public.new_name=public.old_name)
-- Drop table public.new_name [DATA LOSS]
DROP TABLE public.new_name;

-- Create table public.old_name
CREATE TABLE public.old_name (
    id integer NOT NULL,
    CONSTRAINT old_name_pkey PRIMARY KEY (id)
);
