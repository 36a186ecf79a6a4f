-- A removed label was not the default, but the column default uses the enum.
-- @from
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');
CREATE TABLE person (id integer PRIMARY KEY, current mood DEFAULT 'ok');
-- @to
CREATE TYPE mood AS ENUM ('ok', 'happy');
CREATE TABLE person (id integer PRIMARY KEY, current mood DEFAULT 'ok');
-- @rows
-- only kept values: a row holding 'sad' makes the conversion fail, as the plan warns
INSERT INTO person (id, current) VALUES (1, 'ok'), (2, 'happy');
