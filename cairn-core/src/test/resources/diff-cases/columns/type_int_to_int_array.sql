-- integer → integer[].
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    tags integer
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    tags integer[]
);
