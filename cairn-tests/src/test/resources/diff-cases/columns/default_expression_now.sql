-- Defaults that are expressions: now() → clock_timestamp().
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    at timestamptz DEFAULT now()
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    at timestamptz DEFAULT clock_timestamp()
);
