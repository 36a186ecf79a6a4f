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
-- @rows
INSERT INTO item (id, name) VALUES (1, 'v1'), (2, 'v2');
