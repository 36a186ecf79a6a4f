-- A composite containing another composite and an array of it.
-- @from
-- @to
CREATE TYPE point2 AS (x double precision, y double precision);
CREATE TYPE segment AS (a point2, b point2, via point2[]);
