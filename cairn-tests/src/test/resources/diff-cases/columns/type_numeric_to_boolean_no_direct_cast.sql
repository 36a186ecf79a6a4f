-- numeric → boolean: PostgreSQL has no such cast, so USING col::boolean cannot work (found by the generated-schema property).
-- @expect-sql-contains flag::integer::boolean
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
