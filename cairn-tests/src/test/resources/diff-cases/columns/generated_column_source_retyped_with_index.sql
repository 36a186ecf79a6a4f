-- The column a generated column reads changes type: the generated column is dropped and added again, and its index
-- and comment with it.
-- @from
CREATE TABLE t (id int, a int, g bigint GENERATED ALWAYS AS (a * 2) STORED);
CREATE INDEX t_g_idx ON t (g);
COMMENT ON COLUMN t.g IS 'twice a';
-- @rows
INSERT INTO t (id, a) VALUES (1, 10), (2, NULL);
-- @to
CREATE TABLE t (id int, a bigint, g bigint GENERATED ALWAYS AS (a * 2) STORED);
CREATE INDEX t_g_idx ON t (g);
COMMENT ON COLUMN t.g IS 'twice a';
