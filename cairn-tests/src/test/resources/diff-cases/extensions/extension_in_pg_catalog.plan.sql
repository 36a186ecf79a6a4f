-- Golden plans of extensions/extension_in_pg_catalog.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create extension pg_trgm
CREATE EXTENSION pg_trgm SCHEMA pg_catalog;

-- Comment on extension pg_trgm
COMMENT ON EXTENSION pg_trgm IS 'text similarity measurement and index searching based on trigrams';
-- @reverse
-- Drop extension pg_trgm
DROP EXTENSION pg_trgm;
