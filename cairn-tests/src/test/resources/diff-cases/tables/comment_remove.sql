-- A table comment is removed.
-- @from
CREATE TABLE t (id integer);
COMMENT ON TABLE t IS 'going away';
-- @to
CREATE TABLE t (id integer);
-- @rows
INSERT INTO t (id) VALUES (1), (2);
