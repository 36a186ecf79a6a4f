-- A column is dropped.
-- @expect-warning data-loss
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    note text
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY
);
