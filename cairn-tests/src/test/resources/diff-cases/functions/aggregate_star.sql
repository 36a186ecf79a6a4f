-- A zero-argument aggregate is written with the (*) signature.
-- @from
-- @to
CREATE FUNCTION s(int) RETURNS int LANGUAGE sql IMMUTABLE AS 'SELECT $1 + 1';
CREATE AGGREGATE cnt(*) (SFUNC = s, STYPE = int, INITCOND = '0');
COMMENT ON AGGREGATE cnt(*) IS 'counts rows';
