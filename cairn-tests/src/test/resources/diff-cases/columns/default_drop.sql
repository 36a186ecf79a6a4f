-- A default is dropped.
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    n integer DEFAULT 1
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    n integer
);
-- @rows
INSERT INTO item (id, n) VALUES (1, 1), (2, 2);
