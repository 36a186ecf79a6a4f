-- A domain over a table's row type, used by a column of another table: the table is created before the domain
-- and dropped after it, the domain dropped after the column's table.
-- @from
-- @to
CREATE TABLE t (id int);
CREATE DOMAIN d AS t;
CREATE TABLE u (id int, x d);
