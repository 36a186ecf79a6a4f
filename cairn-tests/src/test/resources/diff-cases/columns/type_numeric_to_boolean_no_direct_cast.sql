-- numeric → boolean: PostgreSQL has no such cast, so USING col::boolean cannot work (found by the generated-schema property).
-- @expect-sql-contains flag::integer::boolean
-- @known-loss item.flag numeric values collapse to true/false (2.00 becomes true) with neither a warning nor a DATA LOSS flag
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    flag numeric(10,2)
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    flag boolean
);
-- @rows
INSERT INTO item (id, flag) VALUES (1, 1), (2, 2);
