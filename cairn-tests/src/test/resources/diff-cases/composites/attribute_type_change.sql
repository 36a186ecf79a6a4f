-- An attribute type changes.
-- @from
CREATE TYPE address AS (street text, zip integer);
-- @to
CREATE TYPE address AS (street text, zip varchar(10));
