-- An attribute is added.
-- @from
CREATE TYPE address AS (street text, city text);
-- @to
CREATE TYPE address AS (street text, city text, country char(2));
