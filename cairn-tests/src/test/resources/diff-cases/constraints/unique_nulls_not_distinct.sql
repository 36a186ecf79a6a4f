-- UNIQUE → UNIQUE NULLS NOT DISTINCT.
-- @from
CREATE TABLE t (id integer NOT NULL, code text, a integer, b integer);
ALTER TABLE t ADD CONSTRAINT t_code_key UNIQUE (code);
-- @to
CREATE TABLE t (id integer NOT NULL, code text, a integer, b integer);
ALTER TABLE t ADD CONSTRAINT t_code_key UNIQUE NULLS NOT DISTINCT (code);
-- @rows
INSERT INTO t (id, code, a, b) VALUES (1, 'v1', 1, 1), (2, 'v2', 2, 2);
