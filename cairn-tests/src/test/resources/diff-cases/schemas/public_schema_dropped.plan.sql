-- Golden plans of schemas/public_schema_dropped.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: DATA_LOSS public.t: table is dropped with all its rows
-- Drop table public.t [DATA LOSS]
DROP TABLE public.t;

-- Create schema app
CREATE SCHEMA app;

-- Create table app.t
CREATE TABLE app.t (
    id integer
);

-- Drop schema public
DROP SCHEMA public;
-- @reverse
-- warning: DATA_LOSS app.t: table is dropped with all its rows
-- Drop table app.t [DATA LOSS]
DROP TABLE app.t;

-- Create schema public
CREATE SCHEMA public;

-- Create table public.t
CREATE TABLE public.t (
    id integer
);

-- Comment on schema public
COMMENT ON SCHEMA public IS 'standard public schema';

-- Drop schema app
DROP SCHEMA app;
