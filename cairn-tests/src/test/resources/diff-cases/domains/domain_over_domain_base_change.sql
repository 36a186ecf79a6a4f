-- A domain's base type changes from one user-defined domain to another: the domain is rebuilt.
-- @from
CREATE DOMAIN a AS integer;
CREATE DOMAIN a2 AS integer;
CREATE DOMAIN b AS a;
CREATE TABLE t (id integer PRIMARY KEY, v b);
-- @to
CREATE DOMAIN a AS integer;
CREATE DOMAIN a2 AS integer;
CREATE DOMAIN b AS a2;
CREATE TABLE t (id integer PRIMARY KEY, v b);
-- @rows
INSERT INTO t (id, v) VALUES (1, 5);
