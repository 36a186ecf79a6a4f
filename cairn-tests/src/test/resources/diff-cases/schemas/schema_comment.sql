-- A schema gains a comment.
-- @from
CREATE SCHEMA billing;
-- @to
CREATE SCHEMA billing;
COMMENT ON SCHEMA billing IS 'money';
