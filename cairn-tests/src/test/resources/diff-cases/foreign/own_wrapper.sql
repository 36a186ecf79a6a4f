-- A foreign data wrapper of the user's own (handler and validator from an extension, options) with a server on it;
-- its handler, validator and options change in place.
-- @expect-sql-contains ALTER FOREIGN DATA WRAPPER relay HANDLER public.postgres_fdw_handler
-- @expect-revert-sql-contains ALTER FOREIGN DATA WRAPPER relay NO HANDLER
-- @expect-sql-not-contains DROP FOREIGN DATA WRAPPER
-- @from
CREATE EXTENSION postgres_fdw;
CREATE FOREIGN DATA WRAPPER relay OPTIONS (mode 'a');
CREATE SERVER relay_server FOREIGN DATA WRAPPER relay;
-- @to
CREATE EXTENSION postgres_fdw;
CREATE FOREIGN DATA WRAPPER relay HANDLER postgres_fdw_handler OPTIONS (mode 'b', level '2');
COMMENT ON FOREIGN DATA WRAPPER relay IS 'a relay';
CREATE SERVER relay_server FOREIGN DATA WRAPPER relay;
