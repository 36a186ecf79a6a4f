-- One table of a FK cycle is dropped: the other side's FK must go first.
-- @from
CREATE TABLE author (id integer PRIMARY KEY, favourite_book integer);
CREATE TABLE book (id integer PRIMARY KEY, author_id integer NOT NULL REFERENCES author (id));
ALTER TABLE author ADD CONSTRAINT author_favourite_fk FOREIGN KEY (favourite_book) REFERENCES book (id);
-- @to
CREATE TABLE author (id integer PRIMARY KEY, favourite_book integer);
-- @rows
-- favourite_book stays NULL: the revert recreates book empty, and its FK must hold
INSERT INTO author (id, favourite_book) VALUES (1, NULL), (2, NULL);
INSERT INTO book (id, author_id) VALUES (1, 1), (2, 2);
