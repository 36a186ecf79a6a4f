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
