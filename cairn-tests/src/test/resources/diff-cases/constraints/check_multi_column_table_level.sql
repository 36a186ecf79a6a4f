-- A table check over several columns, with a function call.
-- @from
CREATE TABLE t (id integer NOT NULL, code text, a integer, b integer);
-- @to
CREATE TABLE t (id integer NOT NULL, code text, a integer, b integer);
ALTER TABLE t ADD CONSTRAINT t_code_shape CHECK (code ~ '^[A-Z]{3}$' AND coalesce(a, 0) + coalesce(b, 0) < 100);
-- @rows
INSERT INTO t (id, code, a, b) VALUES (1, 'ABC', 1, 2), (2, 'XYZ', NULL, 50);
