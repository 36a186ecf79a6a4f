-- A child leaves its parent (NO INHERIT): it keeps the NOT NULL constraint it inherited, under the parent's name
-- (PostgreSQL 18 names constraints of NOT NULL). Found by the differential property test.
-- @from
CREATE TABLE t15 (id integer PRIMARY KEY, r19 integer, c1 varchar(20));
CREATE TABLE t23 (own22 text) INHERITS (t15);
-- @rows
INSERT INTO t23 (id, r19, own22) VALUES (1, 2, 'x');
-- @to
CREATE TABLE t15 (id integer PRIMARY KEY, r19 integer, c1 varchar(20));
CREATE TABLE t23 (own22 text) INHERITS (t15);
ALTER TABLE t23 NO INHERIT t15;
