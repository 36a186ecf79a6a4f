-- numeric → boolean: PostgreSQL has no such cast, so USING col::boolean cannot work (found by the generated-schema property).
-- @known-failure renders USING flag::boolean, but PostgreSQL has no numeric -> boolean cast (cannot cast type numeric to boolean); needs ::text::boolean, or a warning/drop+add
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
