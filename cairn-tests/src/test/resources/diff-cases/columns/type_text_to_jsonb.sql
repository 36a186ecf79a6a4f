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
-- @rows
INSERT INTO item (id, payload) VALUES (1, '{"k": 1}'), (2, '[1, 2]');
