-- A column appears between two others. PostgreSQL can only append, so a round trip that compares column order must show how the differ handles position.
-- @known-failure column order is not reproduced: ADD COLUMN appends, and the differ neither rebuilds the table nor warns (diffing the result against the target finds nothing, yet the catalogs differ in column order)
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
