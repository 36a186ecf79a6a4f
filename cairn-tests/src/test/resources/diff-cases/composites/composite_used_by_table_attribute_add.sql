-- A composite used as a column type gains an attribute (ALTER TYPE … ADD ATTRIBUTE … CASCADE).
-- @from
CREATE TYPE address AS (street text, city text);
CREATE TABLE customer (id integer PRIMARY KEY, home address);
-- @to
CREATE TYPE address AS (street text, city text, zip text);
CREATE TABLE customer (id integer PRIMARY KEY, home address);
