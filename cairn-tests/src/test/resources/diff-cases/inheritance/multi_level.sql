-- Three levels and a table with two parents: created in dependency order; a column added at the top and a
-- default changed there reach every level once.
-- @expect-warning column-order
-- @expect-sql-not-contains ALTER TABLE public.book ADD COLUMN
-- @expect-sql-not-contains ALTER TABLE public.ebook ADD COLUMN
-- @from
CREATE TABLE item (id integer NOT NULL, name text DEFAULT 'a');
CREATE TABLE book (isbn text) INHERITS (item);
CREATE TABLE ebook (url text) INHERITS (book);
CREATE TABLE tagged (tag text);
CREATE TABLE tagged_book (extra int) INHERITS (book, tagged);
-- @to
CREATE TABLE item (id integer NOT NULL, name text DEFAULT 'b', added_at date);
CREATE TABLE book (isbn text) INHERITS (item);
CREATE TABLE ebook (url text) INHERITS (book);
CREATE TABLE tagged (tag text);
CREATE TABLE tagged_book (extra int) INHERITS (book, tagged);
-- @rows
INSERT INTO item (id) VALUES (1);
INSERT INTO book (id, isbn) VALUES (2, 'v1');
INSERT INTO ebook (id, isbn, url) VALUES (3, 'v2', 'v3');
INSERT INTO tagged_book (id, isbn, tag, extra) VALUES (4, 'v4', 'v5', 6);
