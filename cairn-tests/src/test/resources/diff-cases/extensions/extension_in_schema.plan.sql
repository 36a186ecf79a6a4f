-- Golden plans of extensions/extension_in_schema.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create schema ext
CREATE SCHEMA ext;

-- Create extension hstore
CREATE EXTENSION hstore SCHEMA ext;

-- Create table public.kv
CREATE TABLE public.kv (
    id integer,
    attrs ext.hstore
);

-- Comment on extension hstore
COMMENT ON EXTENSION hstore IS 'data type for storing sets of (key, value) pairs';
-- @reverse
-- warning: DATA_LOSS public.kv: table is dropped with all its rows
-- Drop table public.kv [DATA LOSS]
DROP TABLE public.kv;

-- Drop extension hstore
DROP EXTENSION hstore;

-- Drop schema ext
DROP SCHEMA ext;
