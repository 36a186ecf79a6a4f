-- bigint → integer (may fail on existing data).
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    qty bigint
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    qty integer
);
-- @rows
INSERT INTO item (id, qty) VALUES (1, 1), (2, 2);
