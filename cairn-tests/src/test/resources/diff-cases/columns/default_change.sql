-- A default changes.
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    n integer DEFAULT 1
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    n integer DEFAULT 2
);
