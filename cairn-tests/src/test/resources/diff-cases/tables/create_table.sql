-- A table appears in an empty database.
-- @from
-- @to
CREATE TABLE account (id integer PRIMARY KEY, email text NOT NULL);
