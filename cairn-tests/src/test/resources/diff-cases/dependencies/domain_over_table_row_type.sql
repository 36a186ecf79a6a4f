-- A domain over a table's row type: the table is created before the domain and dropped after it.
-- @from
-- @to
CREATE TABLE t (id int);
CREATE DOMAIN d AS t;
