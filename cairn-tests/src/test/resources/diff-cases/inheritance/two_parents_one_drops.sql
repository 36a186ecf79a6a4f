-- A column a table inherits from two parents: one parent drops it, the table keeps it from the other.
-- @lossy item.code the parent's column is dropped
-- @from
CREATE TABLE item (id integer NOT NULL, code text);
CREATE TABLE coded (code text);
CREATE TABLE book (isbn text) INHERITS (item, coded);
-- @to
CREATE TABLE item (id integer NOT NULL);
CREATE TABLE coded (code text);
CREATE TABLE book (isbn text) INHERITS (item, coded);
-- @rows
INSERT INTO item (id, code) VALUES (1, 'v1');
INSERT INTO book (id, code, isbn) VALUES (2, 'v2', 'v3');
