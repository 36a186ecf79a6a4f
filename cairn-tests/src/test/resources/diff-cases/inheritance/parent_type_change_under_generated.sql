-- The parent's column changes type under a generated column that reads it: the parent's generated column is
-- dropped and added again around the change, which reaches the child; nothing is done on the child itself.
-- @expect-sql-not-contains ALTER TABLE public.book
-- @from
CREATE TABLE item (id integer NOT NULL, qty integer, twice bigint GENERATED ALWAYS AS (qty * 2) STORED);
CREATE TABLE book () INHERITS (item);
-- @to
CREATE TABLE item (id integer NOT NULL, qty bigint, twice bigint GENERATED ALWAYS AS (qty * 2) STORED);
CREATE TABLE book () INHERITS (item);
-- @rows
INSERT INTO book (id, qty) VALUES (1, 2);
