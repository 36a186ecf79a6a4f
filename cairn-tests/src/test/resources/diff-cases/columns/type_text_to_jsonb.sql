-- text → jsonb.
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    payload text
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    payload jsonb
);
