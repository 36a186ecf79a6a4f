-- An extension appears.
-- @from
-- @to
CREATE EXTENSION citext;
