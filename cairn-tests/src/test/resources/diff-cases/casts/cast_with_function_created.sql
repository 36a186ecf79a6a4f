-- A cast through a new function, AS ASSIGNMENT, with a comment: created after the function and the type, and back,
-- dropped before them.
-- @from
CREATE TABLE price (id int, amount numeric);
-- @rows
INSERT INTO price VALUES (1, 2.5);
-- @to
CREATE TABLE price (id int, amount numeric);
CREATE TYPE money_pair AS (amount numeric, currency text);
CREATE FUNCTION to_money_pair(numeric) RETURNS money_pair LANGUAGE sql IMMUTABLE AS 'SELECT ROW($1, ''EUR'')::money_pair';
CREATE CAST (numeric AS money_pair) WITH FUNCTION to_money_pair(numeric) AS ASSIGNMENT;
COMMENT ON CAST (numeric AS money_pair) IS 'in euros';
