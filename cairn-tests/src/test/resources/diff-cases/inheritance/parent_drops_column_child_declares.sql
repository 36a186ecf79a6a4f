-- The child declares the parent's column itself too (attislocal): it keeps the column when the parent drops it.
-- @lossy item.note the parent's column is dropped
-- @from
CREATE TABLE item (id integer NOT NULL, note text);
CREATE TABLE book (note text, isbn text) INHERITS (item);
-- @to
CREATE TABLE item (id integer NOT NULL);
CREATE TABLE book (note text, isbn text) INHERITS (item);
-- @rows
INSERT INTO item (id, note) VALUES (1, 'v1');
INSERT INTO book (id, note, isbn) VALUES (2, 'v2', 'v3');
