-- NOT NULL is dropped.
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    n integer NOT NULL
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    n integer
);
-- @rows
INSERT INTO item (id, n) VALUES (1, 1), (2, 2);
