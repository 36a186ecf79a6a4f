-- One table of a FK cycle is dropped: the other side's FK must go first.
-- @from
CREATE TABLE author (id integer PRIMARY KEY, favourite_book integer);
CREATE TABLE book (id integer PRIMARY KEY, author_id integer NOT NULL REFERENCES author (id));
ALTER TABLE author ADD CONSTRAINT author_favourite_fk FOREIGN KEY (favourite_book) REFERENCES book (id);
-- @to
CREATE TABLE author (id integer PRIMARY KEY, favourite_book integer);
