-- An identity column becomes plain.
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY,
    n integer GENERATED ALWAYS AS IDENTITY
);
-- @to
CREATE TABLE item (
    id integer PRIMARY KEY,
    n integer NOT NULL
);
-- @rows
INSERT INTO item (id) VALUES (1), (2);
