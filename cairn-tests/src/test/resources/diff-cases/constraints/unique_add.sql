-- A unique constraint is added.
-- @from
CREATE TABLE t (id integer NOT NULL, code text, a integer, b integer);
-- @to
CREATE TABLE t (id integer NOT NULL, code text, a integer, b integer);
ALTER TABLE t ADD CONSTRAINT t_code_key UNIQUE (code);
-- @rows
INSERT INTO t (id, code, a, b) VALUES (1, 'v1', 1, 1), (2, 'v2', 2, 2);
