-- A function with a SQL-standard body (PostgreSQL 14+) naming a configuration, in another schema: the configuration is created
-- before the function and dropped after it.
-- @from
CREATE SCHEMA search;
-- @to
CREATE SCHEMA search;
CREATE TEXT SEARCH CONFIGURATION search.cfg (COPY = pg_catalog.simple);
CREATE FUNCTION search.words(t text) RETURNS tsvector LANGUAGE sql IMMUTABLE
    RETURN to_tsvector('search.cfg'::regconfig, t);
