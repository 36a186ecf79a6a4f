-- A plain column becomes GENERATED ALWAYS … STORED.
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    price numeric,
    qty integer,
    total numeric
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    price numeric,
    qty integer,
    total numeric GENERATED ALWAYS AS (price * qty) STORED
);
