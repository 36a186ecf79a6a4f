-- varchar(20) → text.
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    name varchar(20)
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    name text
);
-- @rows
INSERT INTO item (id, name) VALUES (1, 'v1'), (2, 'v2');
