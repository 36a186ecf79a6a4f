-- An inherited check becomes NO INHERIT on the parent: the parent's is dropped and added again; the child, which
-- still declares the check itself, keeps its own.
-- @from
CREATE TABLE item (id integer NOT NULL, CONSTRAINT item_id_check CHECK (id > 0));
CREATE TABLE book (isbn text) INHERITS (item);
CREATE TABLE dvd (minutes int) INHERITS (item);
-- @to
CREATE TABLE item (id integer NOT NULL, CONSTRAINT item_id_check CHECK (id > 0) NO INHERIT);
CREATE TABLE book (isbn text, CONSTRAINT item_id_check CHECK (id > 0)) INHERITS (item);
CREATE TABLE dvd (minutes int) INHERITS (item);
-- @rows
INSERT INTO book (id, isbn) VALUES (2, 'v1');
INSERT INTO dvd (id, minutes) VALUES (3, 4);
