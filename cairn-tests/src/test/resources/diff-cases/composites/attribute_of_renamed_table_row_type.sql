-- A composite type has an attribute of a table's row type, and the table is renamed (no rename declared: dropped
-- and created again). The attribute would block the DROP TABLE, so it is dropped first and added again after the
-- new table exists, with the attributes after it, in order. Found by the differential property test.
-- @expect-warning data-loss
-- @from
CREATE TABLE t4 (id integer PRIMARY KEY);
CREATE TYPE ct AS (x integer, y t4, z text);
-- @to
CREATE TABLE t27 (id integer PRIMARY KEY);
CREATE TYPE ct AS (x integer, y t27, z text);
