-- varchar(200) → varchar(20).
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    name varchar(200)
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    name varchar(20)
);
-- @rows
INSERT INTO item (id, name) VALUES (1, 'v1'), (2, 'v2');
