-- integer → integer[].
-- @expect-sql-contains USING ARRAY[tags]
-- @expect-revert-warning data-loss
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
