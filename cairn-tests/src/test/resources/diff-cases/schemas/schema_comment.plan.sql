-- Golden plans of schemas/schema_comment.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Comment on schema billing
COMMENT ON SCHEMA billing IS 'money';
-- @reverse
-- Remove comment on schema billing
COMMENT ON SCHEMA billing IS NULL;
