-- NOT NULL is set.
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    n integer
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    n integer NOT NULL
);
-- @rows
INSERT INTO item (id, n) VALUES (1, 1), (2, 2);
