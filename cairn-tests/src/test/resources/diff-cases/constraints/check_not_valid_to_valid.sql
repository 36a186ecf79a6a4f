-- A NOT VALID check becomes valid (VALIDATE CONSTRAINT).
-- @expect-sql-contains VALIDATE CONSTRAINT
-- @from
CREATE TABLE t (id integer NOT NULL, code text, a integer, b integer);
ALTER TABLE t ADD CONSTRAINT t_a_positive CHECK (a > 0) NOT VALID;
-- @to
CREATE TABLE t (id integer NOT NULL, code text, a integer, b integer);
ALTER TABLE t ADD CONSTRAINT t_a_positive CHECK (a > 0);
-- @rows
INSERT INTO t (id, code, a, b) VALUES (1, 'v1', 1, 1), (2, 'v2', 2, 2);
