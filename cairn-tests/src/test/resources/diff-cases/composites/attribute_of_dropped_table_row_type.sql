-- A composite type loses its attribute of a table's row type together with the table (the last attribute, and
-- one in the middle): one ALTER TYPE before the DROP TABLE, and the attributes after it added back in order.
-- @expect-warning data-loss
-- @from
CREATE TABLE t (id integer PRIMARY KEY);
CREATE TYPE ct AS (x integer, y t);
CREATE TYPE ct2 AS (x integer, y t, z text);
-- @to
CREATE TYPE ct AS (x integer);
CREATE TYPE ct2 AS (x integer, z text);
