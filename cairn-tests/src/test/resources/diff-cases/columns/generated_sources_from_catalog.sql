-- Which columns a generated column reads comes from the catalog (pg_depend), not the expression's text: g's
-- expression names "a" only in a string literal, so a's type change leaves g in place (no DROP COLUMN, no move).
-- @expect-sql-not-contains DROP COLUMN
-- @from
CREATE TABLE t (id int, a int, b text, g text GENERATED ALWAYS AS ('a' || b) STORED, note text);
-- @rows
INSERT INTO t (id, a, b, note) VALUES (1, 10, 'x', 'n');
-- @to
CREATE TABLE t (id int, a bigint, b text, g text GENERATED ALWAYS AS ('a' || b) STORED, note text);
