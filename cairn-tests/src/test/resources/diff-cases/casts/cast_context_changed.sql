-- A cast goes from explicit to implicit: PostgreSQL cannot alter a cast, so it is dropped and created again.
-- @from
CREATE TYPE pair AS (a int, b int);
CREATE FUNCTION pair_of(int) RETURNS pair LANGUAGE sql AS 'SELECT ROW($1, $1)::pair';
CREATE CAST (int AS pair) WITH FUNCTION pair_of(int);
-- @to
CREATE TYPE pair AS (a int, b int);
CREATE FUNCTION pair_of(int) RETURNS pair LANGUAGE sql AS 'SELECT ROW($1, $1)::pair';
CREATE CAST (int AS pair) WITH FUNCTION pair_of(int) AS IMPLICIT;
