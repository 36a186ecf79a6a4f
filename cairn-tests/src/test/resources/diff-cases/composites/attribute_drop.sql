-- An attribute is dropped.
-- @from
CREATE TYPE address AS (street text, city text, country char(2));
-- @to
CREATE TYPE address AS (street text, city text);
