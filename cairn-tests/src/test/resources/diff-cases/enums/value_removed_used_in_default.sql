-- A removed label was not the default, but the column default uses the enum.
-- @from
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE person (id integer PRIMARY KEY, current mood DEFAULT 'ok');
-- @to
CREATE TYPE mood AS ENUM ('ok', 'happy');
CREATE TABLE person (id integer PRIMARY KEY, current mood DEFAULT 'ok');
