-- A column comment changes.
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    n integer
);
COMMENT ON COLUMN item.n IS 'old';
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    n integer
);
COMMENT ON COLUMN item.n IS 'new';
-- @rows
INSERT INTO item (id, n) VALUES (1, 1), (2, 2);
