-- A column comment is removed.
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    n integer
);
COMMENT ON COLUMN item.n IS 'bye';
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    n integer
);
-- @rows
INSERT INTO item (id, n) VALUES (1, 1), (2, 2);
