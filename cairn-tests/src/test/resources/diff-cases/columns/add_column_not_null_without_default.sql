-- A NOT NULL column without default: only works on an empty table; the differ should warn.
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    code text NOT NULL
);
