-- A label replaced by another at the same position (looks like a rename; without hints it is drop+add).
-- @from
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE person (id integer PRIMARY KEY, current mood);
-- @to
CREATE TYPE mood AS ENUM ('sad', 'fine', 'happy');
CREATE TABLE person (id integer PRIMARY KEY, current mood);
