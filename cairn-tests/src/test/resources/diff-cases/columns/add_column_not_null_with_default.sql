-- A NOT NULL column with a default (fills existing rows).
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    status text NOT NULL DEFAULT 'new'
);
-- @rows
INSERT INTO item (id) VALUES (1), (2);
