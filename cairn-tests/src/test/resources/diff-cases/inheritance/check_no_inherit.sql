-- A CHECK … NO INHERIT on the parent does not reach the child; an inheritable one does (added once, to the parent).
-- @expect-sql-not-contains ALTER TABLE public.book ADD CONSTRAINT
-- @from
CREATE TABLE item (id integer NOT NULL, qty integer);
CREATE TABLE book (isbn text) INHERITS (item);
-- @to
CREATE TABLE item (id integer NOT NULL, qty integer, CONSTRAINT item_only_positive CHECK (id > 0) NO INHERIT,
    CONSTRAINT item_qty_check CHECK (qty >= 0));
CREATE TABLE book (isbn text) INHERITS (item);
-- @rows
INSERT INTO item (id, qty) VALUES (1, 1);
INSERT INTO book (id, qty, isbn) VALUES (-2, 2, 'v1');
