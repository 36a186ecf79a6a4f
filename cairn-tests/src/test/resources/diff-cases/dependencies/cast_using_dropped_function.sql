-- A cast (not modelled) uses a function that is dropped.
-- @known-failure casts are not in the catalog, so the differ cannot drop and recreate them around the function nor stop with a message naming the cast: DROP FUNCTION fails with PostgreSQL's 'cast from json to t_x depends on function f(json)' (issue 10)
-- @from
CREATE TYPE t_x AS (v text);
CREATE FUNCTION f(json) RETURNS t_x LANGUAGE sql AS 'SELECT ROW($1::text)::t_x';
CREATE CAST (json AS t_x) WITH FUNCTION f(json);
-- @to
CREATE TYPE t_x AS (v text);
