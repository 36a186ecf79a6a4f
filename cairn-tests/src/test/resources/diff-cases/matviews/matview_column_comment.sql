-- Comments on a materialized view's columns are set and dropped.
-- @from
CREATE TABLE t (id integer PRIMARY KEY, name text);
CREATE MATERIALIZED VIEW m AS SELECT id, name FROM t;
COMMENT ON COLUMN m.name IS 'old';
-- @to
CREATE TABLE t (id integer PRIMARY KEY, name text);
CREATE MATERIALIZED VIEW m AS SELECT id, name FROM t;
COMMENT ON COLUMN m.id IS 'the key';
