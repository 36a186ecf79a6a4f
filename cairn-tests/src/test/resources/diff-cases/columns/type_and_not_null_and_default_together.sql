-- Three properties of one column change at once.
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    n integer
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    n bigint NOT NULL DEFAULT 0
);
-- @rows
INSERT INTO item (id, n) VALUES (1, 1), (2, 2);
