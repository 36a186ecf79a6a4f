-- Labels reordered: cannot be done with ADD VALUE.
-- @from
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE person (id integer PRIMARY KEY, current mood);
-- @to
CREATE TYPE mood AS ENUM ('happy', 'ok', 'sad');
CREATE TABLE person (id integer PRIMARY KEY, current mood);
-- @rows
INSERT INTO person (id, current) VALUES (1, 'sad'), (2, 'ok');
