-- A default is added.
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    n integer
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    n integer DEFAULT 42
);
-- @rows
INSERT INTO item (id, n) VALUES (1, 1), (2, 2);
