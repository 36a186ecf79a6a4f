-- A plain column becomes GENERATED ALWAYS … STORED.
-- @lossy item.total the column becomes generated: its values are recomputed (the plan warns)
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
-- @rows
INSERT INTO item (id, price, qty, total) VALUES (1, 1, 1, 1), (2, 2, 2, 2);
