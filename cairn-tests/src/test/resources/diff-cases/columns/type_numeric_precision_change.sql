-- numeric(10,2) → numeric(12,4).
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    price numeric(10,2)
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    price numeric(12,4)
);
