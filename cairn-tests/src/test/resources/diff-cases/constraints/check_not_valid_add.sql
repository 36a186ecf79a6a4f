-- A check added NOT VALID.
-- @expect-sql-contains NOT VALID
-- @from
CREATE TABLE t (id integer NOT NULL, code text, a integer, b integer);
-- @to
CREATE TABLE t (id integer NOT NULL, code text, a integer, b integer);
ALTER TABLE t ADD CONSTRAINT t_a_positive CHECK (a > 0) NOT VALID;
