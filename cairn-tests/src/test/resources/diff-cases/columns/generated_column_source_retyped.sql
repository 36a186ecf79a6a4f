-- The column a generated column is computed from changes type: the generated column is rebuilt around it.
-- @from
CREATE TABLE t (id int, a int, g bigint GENERATED ALWAYS AS (a * 2) STORED);
-- @rows
INSERT INTO t (id, a) VALUES (1, 10), (2, NULL);
-- @to
CREATE TABLE t (id int, a bigint, g bigint GENERATED ALWAYS AS (a * 2) STORED);
