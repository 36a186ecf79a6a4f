-- smallint → numeric(10,2).
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    price smallint
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    price numeric(10,2)
);
