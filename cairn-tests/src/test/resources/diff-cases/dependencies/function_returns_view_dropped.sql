-- A function returning a view's row type is dropped before the view.
-- @from
CREATE TABLE t (id int);
CREATE VIEW v AS SELECT * FROM t;
CREATE FUNCTION f(int) RETURNS v LANGUAGE sql AS 'SELECT * FROM v LIMIT 1';
-- @rows
INSERT INTO t VALUES (1), (2);
-- @to
CREATE TABLE t (id int);
