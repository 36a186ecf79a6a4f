-- The middle of three columns is dropped; the others keep their order.
-- @expect-warning data-loss
-- @expect-revert-warning column-order
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    a text,
    b text,
    c text
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    a text,
    c text
);
-- @rows
INSERT INTO item (id, a, b, c) VALUES (1, 'v1', 'v1', 'v1'), (2, 'v2', 'v2', 'v2');
