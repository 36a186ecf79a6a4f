-- Golden plans of foreign/file_fdw_table.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create extension file_fdw
CREATE EXTENSION file_fdw SCHEMA public;

-- Create server files
CREATE SERVER files FOREIGN DATA WRAPPER file_fdw;

-- Create foreign table public.imported
CREATE FOREIGN TABLE public.imported (line text) SERVER files OPTIONS (filename '/dev/null', format 'text');

-- Comment on extension file_fdw
COMMENT ON EXTENSION file_fdw IS 'foreign-data wrapper for flat file access';
-- @reverse
-- Drop foreign table public.imported
DROP FOREIGN TABLE public.imported;

-- Drop server files
DROP SERVER files;

-- Drop extension file_fdw
DROP EXTENSION file_fdw;
