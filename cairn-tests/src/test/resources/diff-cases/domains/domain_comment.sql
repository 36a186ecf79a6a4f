-- A domain gains a comment.
-- @from
CREATE DOMAIN name_t AS text;
-- @to
CREATE DOMAIN name_t AS text;
COMMENT ON DOMAIN name_t IS 'a name';
