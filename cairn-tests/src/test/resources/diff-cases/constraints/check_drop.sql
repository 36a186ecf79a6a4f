-- A check constraint is dropped.
-- @from
CREATE TABLE t (id integer NOT NULL, code text, a integer, b integer);
ALTER TABLE t ADD CONSTRAINT t_a_positive CHECK (a > 0);
-- @to
CREATE TABLE t (id integer NOT NULL, code text, a integer, b integer);
