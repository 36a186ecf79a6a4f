-- timestamp → timestamptz.
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    at timestamp
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    at timestamptz
);
