-- Golden plans of tables/create_second_table.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create table public.b
CREATE TABLE public.b (
    id integer NOT NULL,
    note text,
    CONSTRAINT b_pkey PRIMARY KEY (id)
);
-- @reverse
-- warning: DATA_LOSS public.b: table is dropped with all its rows
-- Drop table public.b [DATA LOSS]
DROP TABLE public.b;
