-- A schema appears.
-- @from
-- @to
CREATE SCHEMA billing;
