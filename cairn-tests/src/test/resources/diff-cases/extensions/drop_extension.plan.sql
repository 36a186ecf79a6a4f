-- Golden plans of extensions/drop_extension.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop extension citext
DROP EXTENSION citext;
-- @reverse
-- Create extension citext
CREATE EXTENSION citext SCHEMA public;

-- Comment on extension citext
COMMENT ON EXTENSION citext IS 'data type for case-insensitive character strings';
