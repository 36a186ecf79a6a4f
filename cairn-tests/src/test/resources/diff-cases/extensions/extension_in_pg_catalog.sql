-- An extension installed in pg_catalog is read (with its schema) and created there.
-- @expect-sql-contains CREATE EXTENSION pg_trgm SCHEMA pg_catalog
-- @from
-- @to
CREATE EXTENSION pg_trgm SCHEMA pg_catalog;
