-- A NO INHERIT check.
-- @from
CREATE TABLE t (id integer NOT NULL, code text, a integer, b integer);
-- @to
CREATE TABLE t (id integer NOT NULL, code text, a integer, b integer);
ALTER TABLE t ADD CONSTRAINT t_a_nn CHECK (a IS NOT NULL) NO INHERIT;
