-- A type, NOT NULL and default change on the parent's column reaches the inherited column: made once, on the parent.
-- @expect-sql-not-contains ALTER TABLE public.book ALTER COLUMN
-- @from
CREATE TABLE item (id integer NOT NULL, qty integer, label text);
CREATE TABLE book (isbn text) INHERITS (item);
-- @to
CREATE TABLE item (id bigint NOT NULL, qty integer NOT NULL DEFAULT 1, label text);
CREATE TABLE book (isbn text) INHERITS (item);
-- @rows
INSERT INTO item (id, qty) VALUES (1, 1);
INSERT INTO book (id, qty, isbn) VALUES (2, 2, 'v3');
