-- A sequence gains a comment.
-- @from
CREATE SEQUENCE s;
-- @to
CREATE SEQUENCE s;
COMMENT ON SEQUENCE s IS 'numbers';
