-- Two labels added at different positions.
-- @from
CREATE TYPE mood AS ENUM ('b', 'd');
CREATE TABLE person (id integer PRIMARY KEY, current mood);
-- @to
CREATE TYPE mood AS ENUM ('a', 'b', 'c', 'd', 'e');
CREATE TABLE person (id integer PRIMARY KEY, current mood);
-- @rows
INSERT INTO person (id, current) VALUES (1, 'b'), (2, 'd');
