-- A composite type with an attribute of a view's row type: the view is created before the type, dropped after it.
-- @from
CREATE TABLE t (id int);
-- @to
CREATE TABLE t (id int);
CREATE VIEW v AS SELECT id FROM t;
CREATE TYPE c AS (x v, n int);
