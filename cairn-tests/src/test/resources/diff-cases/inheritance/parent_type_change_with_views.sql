-- The parent's column type changes; PostgreSQL changes the children's with it, so views reading the child's column
-- (not only the parent's) are dropped before and created again after.
-- @from
CREATE TABLE item (id integer NOT NULL, qty integer);
CREATE TABLE book (isbn text) INHERITS (item);
CREATE VIEW book_qty AS SELECT id, qty FROM book;
CREATE VIEW all_qty AS SELECT id, qty FROM item;
-- @to
CREATE TABLE item (id integer NOT NULL, qty bigint);
CREATE TABLE book (isbn text) INHERITS (item);
CREATE VIEW book_qty AS SELECT id, qty FROM book;
CREATE VIEW all_qty AS SELECT id, qty FROM item;
-- @rows
INSERT INTO item (id, qty) VALUES (1, 1);
INSERT INTO book (id, qty, isbn) VALUES (2, 2, 'v3');
