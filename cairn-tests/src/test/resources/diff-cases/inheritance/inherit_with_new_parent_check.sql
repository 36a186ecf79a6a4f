-- A table starts inheriting from a parent that gets a check in the same change: the table gets the check first
-- (INHERIT requires it), the parent's check then merges with it. Back: the table keeps nothing it did not have.
-- @from
CREATE TABLE item (id integer NOT NULL);
CREATE TABLE book (id integer NOT NULL, isbn text);
-- @to
CREATE TABLE item (id integer NOT NULL, CONSTRAINT item_id_check CHECK (id > 0));
CREATE TABLE book (isbn text) INHERITS (item);
-- @rows
INSERT INTO book (id, isbn) VALUES (1, 'v1');
