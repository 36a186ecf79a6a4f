-- Two tables referencing each other, dropped.
-- @from
CREATE TABLE author (id integer PRIMARY KEY, favourite_book integer);
CREATE TABLE book (id integer PRIMARY KEY, author_id integer NOT NULL REFERENCES author (id));
ALTER TABLE author ADD CONSTRAINT author_favourite_fk FOREIGN KEY (favourite_book) REFERENCES book (id) DEFERRABLE INITIALLY DEFERRED;
-- @to
-- @rows
INSERT INTO author (id, favourite_book) VALUES (1, NULL), (2, NULL);
INSERT INTO book (id, author_id) VALUES (1, 1), (2, 2);
UPDATE author SET favourite_book = id;
