-- A child gets a column of its own (not the parent's): added to the child only; its rows survive.
-- @from
CREATE TABLE item (id integer NOT NULL, name text);
CREATE TABLE book (isbn text) INHERITS (item);
-- @to
CREATE TABLE item (id integer NOT NULL, name text);
CREATE TABLE book (isbn text, pages integer DEFAULT 0 NOT NULL, CONSTRAINT book_pages_check CHECK (pages >= 0)) INHERITS (item);
-- @rows
INSERT INTO item (id, name) VALUES (1, 'v1');
INSERT INTO book (id, name, isbn) VALUES (2, 'v2', 'v3');
