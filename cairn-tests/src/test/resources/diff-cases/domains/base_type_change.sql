-- The base type changes: domains cannot be altered so, the domain (and its users) must be rebuilt.
-- @lossy t.a the same numbers, printed with the new scale
-- @from
CREATE DOMAIN amount AS integer;
CREATE TABLE t (id integer PRIMARY KEY, a amount);
-- @to
CREATE DOMAIN amount AS numeric(12,2);
CREATE TABLE t (id integer PRIMARY KEY, a amount);
-- @rows
INSERT INTO t (id, a) VALUES (1, 1), (2, 2);
