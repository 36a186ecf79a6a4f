-- A function taking a view's row type is dropped before the view (and the view before its table).
-- @from
CREATE TABLE t (id int);
CREATE VIEW v AS SELECT * FROM t;
CREATE FUNCTION h(r v) RETURNS int LANGUAGE sql AS 'SELECT $1.id';
CREATE TABLE keep (id int);
-- @rows
INSERT INTO keep VALUES (1);
-- @to
CREATE TABLE keep (id int);
