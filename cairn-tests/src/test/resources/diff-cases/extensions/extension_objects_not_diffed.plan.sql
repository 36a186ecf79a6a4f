-- Golden plans of extensions/extension_objects_not_diffed.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create extension btree_gist
CREATE EXTENSION btree_gist SCHEMA public;

-- Create extension ltree
CREATE EXTENSION ltree SCHEMA public;

-- Create extension pg_trgm
CREATE EXTENSION pg_trgm SCHEMA public;

-- Comment on extension btree_gist
COMMENT ON EXTENSION btree_gist IS 'support for indexing common datatypes in GiST';

-- Comment on extension ltree
COMMENT ON EXTENSION ltree IS 'data type for hierarchical tree-like structures';

-- Comment on extension pg_trgm
COMMENT ON EXTENSION pg_trgm IS 'text similarity measurement and index searching based on trigrams';
-- @reverse
-- Drop extension btree_gist
DROP EXTENSION btree_gist;

-- Drop extension ltree
DROP EXTENSION ltree;

-- Drop extension pg_trgm
DROP EXTENSION pg_trgm;
