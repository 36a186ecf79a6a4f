-- A composite type disappears.
-- @from
CREATE TYPE address AS (street text, city text, zip varchar(10));
-- @to
