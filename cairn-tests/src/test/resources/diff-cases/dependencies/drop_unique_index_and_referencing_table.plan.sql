-- Golden plans of dependencies/drop_unique_index_and_referencing_table.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: DATA_LOSS public.login: table is dropped with all its rows
-- Drop foreign key login_account_code_fkey on public.login
ALTER TABLE public.login DROP CONSTRAINT login_account_code_fkey;

-- Drop index public.account_code_idx
DROP INDEX public.account_code_idx;

-- Drop table public.login [DATA LOSS]
DROP TABLE public.login;
-- @reverse
-- Create table public.login
CREATE TABLE public.login (
    id integer NOT NULL,
    account_code text,
    CONSTRAINT login_pkey PRIMARY KEY (id)
);

-- Create unique index public.account_code_idx on public.account [BLOCKS WRITES]
CREATE UNIQUE INDEX account_code_idx ON public.account USING btree (code);

-- Add foreign key login_account_code_fkey on public.login
ALTER TABLE public.login ADD CONSTRAINT login_account_code_fkey FOREIGN KEY (account_code) REFERENCES public.account(code);
