-- A generated column becomes plain (ALTER COLUMN … DROP EXPRESSION).
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    a integer,
    s integer GENERATED ALWAYS AS (a * 2) STORED
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    a integer,
    s integer
);
-- @rows
INSERT INTO item (id, a) VALUES (1, 1), (2, 2);
