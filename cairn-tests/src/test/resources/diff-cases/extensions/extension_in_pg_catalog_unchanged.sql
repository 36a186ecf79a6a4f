-- An extension installed in pg_catalog on both sides: nothing to do.
-- @from
CREATE EXTENSION pg_trgm SCHEMA pg_catalog;
-- @to
CREATE EXTENSION pg_trgm SCHEMA pg_catalog;
