-- A function taking a materialized view's row type is dropped before the materialized view.
-- @from
CREATE TABLE t (id int);
CREATE MATERIALIZED VIEW mv AS SELECT * FROM t;
CREATE FUNCTION g(r mv) RETURNS int LANGUAGE sql AS 'SELECT $1.id';
-- @rows
INSERT INTO t VALUES (1), (2);
-- @to
CREATE TABLE t (id int);
