-- A domain check added NOT VALID.
-- @from
CREATE DOMAIN code AS text;
-- @to
CREATE DOMAIN code AS text;
ALTER DOMAIN code ADD CONSTRAINT code_short CHECK (length(VALUE) < 10) NOT VALID;
