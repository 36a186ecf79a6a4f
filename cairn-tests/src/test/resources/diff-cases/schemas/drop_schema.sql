-- A schema disappears.
-- @from
CREATE SCHEMA billing;
-- @to
