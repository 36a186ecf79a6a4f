-- A column gets an explicit collation.
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    name text
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    name text COLLATE "C"
);
