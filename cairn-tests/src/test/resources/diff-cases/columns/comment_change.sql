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
