-- An enum gains a comment.
-- @from
CREATE TYPE mood AS ENUM ('a');
-- @to
CREATE TYPE mood AS ENUM ('a');
COMMENT ON TYPE mood IS 'feelings';
