-- A label is inserted first (ADD VALUE … BEFORE).
-- @expect-sql-contains ADD VALUE
-- @from
CREATE TYPE mood AS ENUM ('ok', 'happy');
CREATE TABLE person (id integer PRIMARY KEY, current mood);
-- @to
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE person (id integer PRIMARY KEY, current mood);
-- @rows
INSERT INTO person (id, current) VALUES (1, 'ok'), (2, 'happy');
