-- The parent drops a column a child keeps: the parent's drop is ONLY, so the child keeps its column and values
-- (as its own); the other child, which loses it too, drops it after the parent. Back: the parent's ADD COLUMN
-- merges with the child's column.
-- @expect-sql-contains ALTER TABLE ONLY public.item DROP COLUMN note
-- @expect-revert-warning column-order
-- @lossy item.note the parent's column is dropped
-- @lossy dvd.note the child loses the column too
-- @from
CREATE TABLE item (id integer NOT NULL, note text);
CREATE TABLE book (isbn text) INHERITS (item);
CREATE TABLE dvd (minutes integer) INHERITS (item);
-- @to
CREATE TABLE item (id integer NOT NULL);
CREATE TABLE book (note text, isbn text) INHERITS (item);
CREATE TABLE dvd (minutes integer) INHERITS (item);
-- @rows
INSERT INTO item (id, note) VALUES (1, 'v1');
INSERT INTO book (id, note, isbn) VALUES (2, 'v2', 'v3');
INSERT INTO dvd (id, note, minutes) VALUES (3, 'v4', 90);
