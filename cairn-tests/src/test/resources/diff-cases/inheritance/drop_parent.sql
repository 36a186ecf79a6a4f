-- The parent is dropped while the child stays: the child leaves it first (NO INHERIT), keeping the inherited
-- columns and check as its own, with their values.
-- @expect-sql-contains ALTER TABLE public.book NO INHERIT public.item
-- @lossy item.* the parent table is dropped
-- @from
CREATE TABLE item (id integer NOT NULL, name text, CONSTRAINT item_id_check CHECK (id > 0));
CREATE TABLE book (isbn text) INHERITS (item);
-- @to
CREATE TABLE book (id integer NOT NULL, name text, isbn text, CONSTRAINT item_id_check CHECK (id > 0));
-- @rows
INSERT INTO item (id, name) VALUES (1, 'v1');
INSERT INTO book (id, name, isbn) VALUES (2, 'v2', 'v3');
