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
-- @rows
INSERT INTO item (id, note) VALUES (1, 'v1'), (2, 'v2');
