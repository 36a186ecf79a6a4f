-- varchar(20) → varchar(200).
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    name varchar(20)
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    name varchar(200)
);
