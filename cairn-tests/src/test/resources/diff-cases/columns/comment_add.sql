-- A column gains a comment.
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    n integer
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    n integer
);
COMMENT ON COLUMN item.n IS 'how many';
-- @rows
INSERT INTO item (id, n) VALUES (1, 1), (2, 2);
