-- integer → bigint.
-- @expect-sql-contains ALTER COLUMN
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    qty integer
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    qty bigint
);
-- @rows
INSERT INTO item (id, qty) VALUES (1, 1), (2, 2);
