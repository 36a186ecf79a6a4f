-- A stored generated expression changes.
-- @lossy item.s the new expression recomputes the values
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
-- @rows
INSERT INTO item (id, a, b) VALUES (1, 1, 1), (2, 2, 2);
