-- A label is removed: needs recreating the type and converting the column.
-- @expect-warning data-loss
-- @from
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE person (id integer PRIMARY KEY, current mood);
-- @to
CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE TABLE person (id integer PRIMARY KEY, current mood);
