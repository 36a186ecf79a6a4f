-- integer → integer[].
-- @known-failure integer -> integer[] renders USING tags::integer[], which PostgreSQL rejects (cannot cast type integer to integer[]); ARRAY[tags] would do
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    tags integer
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    tags integer[]
);
