-- A default calls a user function, which must exist first.
-- @from
CREATE TABLE item (
    id integer PRIMARY KEY
);
-- @to
CREATE FUNCTION next_code() RETURNS text LANGUAGE sql AS $$ SELECT 'C' || floor(random() * 1000)::int $$;
CREATE TABLE item (
    id integer PRIMARY KEY,
    code text DEFAULT next_code()
);
-- @rows
INSERT INTO item (id) VALUES (1), (2);
