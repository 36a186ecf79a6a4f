-- A nullable column is added.
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    note text
);
-- @rows
INSERT INTO item (id) VALUES (1), (2);
