-- PostgreSQL 17+: a generated column's new expression is set in place (ALTER COLUMN … SET EXPRESSION), so the column
-- keeps its position before the columns after it (no column-order warning) and its index stays.
-- @expect-sql-contains ALTER TABLE public.item ALTER COLUMN s SET EXPRESSION AS
-- @expect-sql-not-contains DROP COLUMN
-- @expect-revert-sql-contains SET EXPRESSION AS
-- @lossy item.s the new expression computes other values
-- @from
CREATE TABLE item (id integer PRIMARY KEY, a integer, b integer, s integer GENERATED ALWAYS AS (a + b) STORED, note text);
CREATE INDEX item_s_idx ON item (s);
-- @rows
INSERT INTO item (id, a, b, note) VALUES (1, 1, 2, 'x'), (2, 3, 4, 'y');
-- @to
CREATE TABLE item (id integer PRIMARY KEY, a integer, b integer, s integer GENERATED ALWAYS AS (a * b) STORED, note text);
CREATE INDEX item_s_idx ON item (s);
