-- A unique constraint is dropped.
-- @from
CREATE TABLE t (id integer NOT NULL, code text, a integer, b integer);
ALTER TABLE t ADD CONSTRAINT t_code_key UNIQUE (code);
-- @to
CREATE TABLE t (id integer NOT NULL, code text, a integer, b integer);
