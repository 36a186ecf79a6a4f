-- A stored generated expression changes.
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    a integer,
    b integer,
    s integer GENERATED ALWAYS AS (a + b) STORED
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    a integer,
    b integer,
    s integer GENERATED ALWAYS AS (a * b) STORED
);
