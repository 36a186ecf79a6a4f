-- A published table is dropped and created again (it becomes partitioned): the publication lists it again after.
-- @from
CREATE TABLE t (id integer NOT NULL, k integer NOT NULL);
CREATE TABLE other (id integer PRIMARY KEY);
CREATE PUBLICATION pub FOR TABLE t, other;
-- @to
CREATE TABLE t (id integer NOT NULL, k integer NOT NULL) PARTITION BY RANGE (k);
CREATE TABLE t_a PARTITION OF t FOR VALUES FROM (0) TO (100);
CREATE TABLE other (id integer PRIMARY KEY);
CREATE PUBLICATION pub FOR TABLE t, other;
