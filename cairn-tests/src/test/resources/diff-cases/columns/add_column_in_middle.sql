-- A column appears between two others. PostgreSQL can only append, so a round trip that compares column order must show how the differ handles position.
-- @expect-warning column-order
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    a text,
    c text
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    a text,
    b text,
    c text
);
-- @rows
INSERT INTO item (id, a, c) VALUES (1, 'v1', 'v1'), (2, 'v2', 'v2');
