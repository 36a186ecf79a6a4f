-- Golden plans of extensions/extension_type_used_by_column.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create extension citext
CREATE EXTENSION citext SCHEMA public;

-- Create table public.u
CREATE TABLE public.u (
    email public.citext NOT NULL,
    CONSTRAINT u_pkey PRIMARY KEY (email)
);

-- Comment on extension citext
COMMENT ON EXTENSION citext IS 'data type for case-insensitive character strings';
-- @reverse
-- warning: DATA_LOSS public.u: table is dropped with all its rows
-- Drop table public.u [DATA LOSS]
DROP TABLE public.u;

-- Drop extension citext
DROP EXTENSION citext;
