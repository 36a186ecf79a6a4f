-- A table gains a comment.
-- @from
CREATE TABLE t (id integer);
-- @to
CREATE TABLE t (id integer);
COMMENT ON TABLE t IS 'Things we track';
-- @rows
INSERT INTO t (id) VALUES (1), (2);
