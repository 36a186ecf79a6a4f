-- Golden plans of schemas/create_schema.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create schema billing
CREATE SCHEMA billing;
-- @reverse
-- Drop schema billing
DROP SCHEMA billing;
