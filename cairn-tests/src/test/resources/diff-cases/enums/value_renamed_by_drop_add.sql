-- A label replaced by another at the same position (looks like a rename; without hints it is drop+add).
-- @from
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE person (id integer PRIMARY KEY, current mood);
-- @to
CREATE TYPE mood AS ENUM ('sad', 'fine', 'happy');
CREATE TABLE person (id integer PRIMARY KEY, current mood);
-- @rows
-- only kept values: a row holding 'ok' makes the conversion fail (the differ cannot tell a rename; the plan warns)
INSERT INTO person (id, current) VALUES (1, 'sad'), (2, 'happy');
