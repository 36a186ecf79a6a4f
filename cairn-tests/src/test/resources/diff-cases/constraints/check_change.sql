-- A check expression changes under the same name.
-- @from
CREATE TABLE t (id integer NOT NULL, code text, a integer, b integer);
ALTER TABLE t ADD CONSTRAINT t_a_b CHECK (a < b);
-- @to
CREATE TABLE t (id integer NOT NULL, code text, a integer, b integer);
ALTER TABLE t ADD CONSTRAINT t_a_b CHECK (a <= b);
-- @rows
INSERT INTO t (id, code, a, b) VALUES (1, 'v1', 1, 2), (2, 'v2', 2, 3);
