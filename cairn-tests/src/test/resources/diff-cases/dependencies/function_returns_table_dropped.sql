-- A function returning a table's row type is dropped with the table, before it.
-- @from
CREATE TABLE keep (id int);
CREATE TABLE t (id int);
CREATE FUNCTION f() RETURNS SETOF t LANGUAGE sql AS 'SELECT * FROM t';
-- @rows
INSERT INTO keep VALUES (1);
-- @to
CREATE TABLE keep (id int);
