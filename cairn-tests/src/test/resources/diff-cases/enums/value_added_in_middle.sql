-- A label is inserted between two others (ADD VALUE … BEFORE/AFTER).
-- @expect-sql-contains ADD VALUE
-- @from
CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE TABLE person (id integer PRIMARY KEY, current mood);
-- @to
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE person (id integer PRIMARY KEY, current mood);
-- @rows
INSERT INTO person (id, current) VALUES (1, 'sad'), (2, 'happy');
