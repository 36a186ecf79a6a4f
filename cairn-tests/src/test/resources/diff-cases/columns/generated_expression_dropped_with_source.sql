-- A generated column becomes a plain one while the column it was computed from is dropped: DROP EXPRESSION first.
-- @from
CREATE TABLE t (id int, a int, g int GENERATED ALWAYS AS (a * 2) STORED);
-- @rows
INSERT INTO t (id, a) VALUES (1, 10), (2, NULL);
-- @to
CREATE TABLE t (id int, g int);
