-- An attribute gets a collation.
-- @from
CREATE TYPE label AS (txt text);
-- @to
CREATE TYPE label AS (txt text COLLATE "C");
