-- integer → integer[].
-- @expect-sql-contains USING ARRAY[tags]
-- @expect-revert-warning data-loss
-- @lossy item.tags each value becomes a one-element array
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
-- @rows
INSERT INTO item (id, tags) VALUES (1, 1), (2, 2);
