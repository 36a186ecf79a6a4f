-- Everything goes: the cast first, then its function, then the type.
-- @from
CREATE SCHEMA geo;
CREATE TYPE geo.pt AS (x float8, y float8);
CREATE FUNCTION geo.pt_of(float8[]) RETURNS geo.pt LANGUAGE sql AS 'SELECT ROW($1[1], $1[2])::geo.pt';
CREATE CAST (float8[] AS geo.pt) WITH FUNCTION geo.pt_of(float8[]);
-- @to
CREATE SCHEMA geo;
