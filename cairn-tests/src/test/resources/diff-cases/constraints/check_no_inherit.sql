-- A NO INHERIT check.
-- @from
CREATE TABLE t (id integer NOT NULL, code text, a integer, b integer);
-- @to
CREATE TABLE t (id integer NOT NULL, code text, a integer, b integer);
ALTER TABLE t ADD CONSTRAINT t_a_nn CHECK (a IS NOT NULL) NO INHERIT;
-- @rows
INSERT INTO t (id, code, a, b) VALUES (1, 'v1', 1, 1), (2, 'v2', 2, 2);
