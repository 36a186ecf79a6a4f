-- Golden plans of schemas/drop_schema.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop schema billing
DROP SCHEMA billing;
-- @reverse
-- Create schema billing
CREATE SCHEMA billing;
