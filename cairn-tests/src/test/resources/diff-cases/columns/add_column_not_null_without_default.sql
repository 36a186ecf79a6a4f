-- A NOT NULL column without default: only works on an empty table; the differ should warn.
-- No seeded rows: on a non-empty table the plan fails, as its comment says (PostgreSQL needs a default or an empty table).
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    code text NOT NULL
);
