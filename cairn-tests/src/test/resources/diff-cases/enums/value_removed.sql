-- A label is removed: needs recreating the type and converting the column.
-- @expect-warning data-loss
-- @from
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE person (id integer PRIMARY KEY, current mood);
-- @to
CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE TABLE person (id integer PRIMARY KEY, current mood);
-- @rows
-- only kept values: a row holding 'ok' makes the conversion fail, as the plan warns
INSERT INTO person (id, current) VALUES (1, 'sad'), (2, 'happy');
