-- A check constraint is added.
-- @from
CREATE TABLE t (id integer NOT NULL, code text, a integer, b integer);
-- @to
CREATE TABLE t (id integer NOT NULL, code text, a integer, b integer);
ALTER TABLE t ADD CONSTRAINT t_a_positive CHECK (a > 0);
