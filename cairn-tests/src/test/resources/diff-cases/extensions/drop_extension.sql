-- An extension disappears.
-- @from
CREATE EXTENSION citext;
-- @to
