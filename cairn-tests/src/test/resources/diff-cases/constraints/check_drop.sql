-- A check constraint is dropped.
-- @from
CREATE TABLE t (id integer NOT NULL, code text, a integer, b integer);
ALTER TABLE t ADD CONSTRAINT t_a_positive CHECK (a > 0);
-- @to
CREATE TABLE t (id integer NOT NULL, code text, a integer, b integer);
-- @rows
INSERT INTO t (id, code, a, b) VALUES (1, 'v1', 1, 1), (2, 'v2', 2, 2);
