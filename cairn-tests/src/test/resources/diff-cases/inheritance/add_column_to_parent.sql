-- A column added to a parent reaches the tables inheriting from it: it is added once, to the parent, and the
-- children's rows survive (the column is appended to them, so their column order differs from a fresh CREATE).
-- @expect-warning column-order
-- @expect-sql-not-contains ALTER TABLE public.book ADD COLUMN
-- @from
CREATE TABLE item (id integer NOT NULL, name text);
CREATE TABLE book (isbn text) INHERITS (item);
CREATE TABLE dvd (minutes integer) INHERITS (item);
-- @to
CREATE TABLE item (id integer NOT NULL, name text, price numeric(10,2) DEFAULT 0 NOT NULL);
CREATE TABLE book (isbn text) INHERITS (item);
CREATE TABLE dvd (minutes integer) INHERITS (item);
-- @rows
INSERT INTO item (id, name) VALUES (1, 'v1');
INSERT INTO book (id, name, isbn) VALUES (2, 'v2', 'v3');
INSERT INTO dvd (id, name, minutes) VALUES (3, 'v4', 90);
