-- A label is appended.
-- @expect-sql-contains ADD VALUE
-- @from
CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE TABLE person (id integer PRIMARY KEY, current mood);
-- @to
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE person (id integer PRIMARY KEY, current mood);
-- @rows
INSERT INTO person (id, current) VALUES (1, 'sad'), (2, 'ok');
