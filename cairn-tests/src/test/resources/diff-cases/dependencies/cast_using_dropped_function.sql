-- A cast uses a function that is dropped: the cast is dropped before the function (and created after it, back).
-- @from
CREATE TYPE t_x AS (v text);
CREATE FUNCTION f(json) RETURNS t_x LANGUAGE sql AS 'SELECT ROW($1::text)::t_x';
CREATE CAST (json AS t_x) WITH FUNCTION f(json);
-- @to
CREATE TYPE t_x AS (v text);
