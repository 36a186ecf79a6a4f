-- A standalone table starts inheriting (ALTER TABLE … INHERIT, after it got the parent's check), and back
-- (NO INHERIT: its columns and check stay as its own). Rows survive both ways.
-- @expect-sql-contains ALTER TABLE public.book INHERIT public.item
-- @expect-revert-sql-contains ALTER TABLE public.book NO INHERIT public.item
-- @from
CREATE TABLE item (id integer NOT NULL, name text, CONSTRAINT item_id_positive CHECK (id > 0));
CREATE TABLE book (id integer NOT NULL, name text, isbn text);
-- @to
CREATE TABLE item (id integer NOT NULL, name text, CONSTRAINT item_id_positive CHECK (id > 0));
CREATE TABLE book (isbn text) INHERITS (item);
-- @rows
INSERT INTO item (id, name) VALUES (1, 'v1');
INSERT INTO book (id, name, isbn) VALUES (2, 'v2', 'v3');
