-- Dropping a column drops its index too.
-- @expect-warning data-loss
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    code text
);
CREATE INDEX item_code_idx ON item (code);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY
);
-- @rows
INSERT INTO item (id, code) VALUES (1, 'v1'), (2, 'v2');
