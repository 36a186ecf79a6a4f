-- text[] → varchar(10)[].
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    tags text[]
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    tags varchar(10)[]
);
-- @rows
INSERT INTO item (id, tags) VALUES (1, ARRAY['v1']), (2, ARRAY['v2']);
