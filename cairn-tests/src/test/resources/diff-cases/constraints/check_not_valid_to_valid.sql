-- A NOT VALID check becomes valid (VALIDATE CONSTRAINT).
-- @expect-sql-contains VALIDATE CONSTRAINT
-- @from
CREATE TABLE t (id integer NOT NULL, code text, a integer, b integer);
ALTER TABLE t ADD CONSTRAINT t_a_positive CHECK (a > 0) NOT VALID;
-- @to
CREATE TABLE t (id integer NOT NULL, code text, a integer, b integer);
ALTER TABLE t ADD CONSTRAINT t_a_positive CHECK (a > 0);
