-- AS integer → AS bigint.
-- @from
CREATE SEQUENCE s AS integer;
-- @to
CREATE SEQUENCE s AS bigint;
