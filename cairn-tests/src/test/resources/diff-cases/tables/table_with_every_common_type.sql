-- One table using many built-in types, created from nothing.
-- @from
-- @to
CREATE TABLE kitchen_sink (
    a smallint, b integer, c bigint, d numeric(12,2), e real, f double precision,
    g text, h varchar(40), i char(3), j boolean, k date, l time, m timetz, n timestamp, o timestamptz,
    p interval, q uuid, r json, s jsonb, t bytea, u inet, v cidr, w macaddr, x int4range, y tsvector,
    z integer[], aa text[][], bb money, cc bit(8), dd varbit(16), ee xml, ff point, gg numeric, hh timestamp(3),
    ii interval day to second, jj oid
);
