-- Golden plans of tables/create_table.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create table public.account
CREATE TABLE public.account (
    id integer NOT NULL,
    email text NOT NULL,
    CONSTRAINT account_pkey PRIMARY KEY (id)
);
-- @reverse
-- warning: DATA_LOSS public.account: table is dropped with all its rows
-- Drop table public.account [DATA LOSS]
DROP TABLE public.account;
