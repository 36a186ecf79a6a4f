-- numeric(10,2) → numeric(12,4).
-- @lossy item.price the same numbers, printed with the new scale
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    price numeric(10,2)
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    price numeric(12,4)
);
-- @rows
INSERT INTO item (id, price) VALUES (1, 1), (2, 2);
