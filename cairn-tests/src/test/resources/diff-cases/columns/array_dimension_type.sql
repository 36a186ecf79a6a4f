-- text[] → varchar(10)[].
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    tags text[]
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    tags varchar(10)[]
);
