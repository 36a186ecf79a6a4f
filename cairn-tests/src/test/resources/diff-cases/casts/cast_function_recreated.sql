-- The function a cast uses is dropped and created again (its parameter is renamed, which CREATE OR REPLACE cannot
-- do): the cast is dropped before it and created again after it.
-- @from
CREATE TYPE pair AS (a int, b int);
CREATE FUNCTION pair_of(x int) RETURNS pair LANGUAGE sql AS 'SELECT ROW($1, $1)::pair';
CREATE CAST (int AS pair) WITH FUNCTION pair_of(int);
-- @to
CREATE TYPE pair AS (a int, b int);
CREATE FUNCTION pair_of(n int) RETURNS pair LANGUAGE sql AS 'SELECT ROW($1, $1)::pair';
CREATE CAST (int AS pair) WITH FUNCTION pair_of(int);
