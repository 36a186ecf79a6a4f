-- A NOT VALID check becomes valid (VALIDATE CONSTRAINT).
-- @expect-sql-contains VALIDATE CONSTRAINT
-- @known-failure the revert (valid -> NOT VALID) leaves the check validated: a NOT VALID target must be re-added NOT VALID
-- @from
CREATE TABLE t (id integer NOT NULL, code text, a integer, b integer);
ALTER TABLE t ADD CONSTRAINT t_a_positive CHECK (a > 0) NOT VALID;
-- @to
CREATE TABLE t (id integer NOT NULL, code text, a integer, b integer);
ALTER TABLE t ADD CONSTRAINT t_a_positive CHECK (a > 0);
