-- A foreign server (type, version, options) and user mappings appear. The password is never read: the plan sets a
-- placeholder and warns, naming the mapping and the option.
-- @expect-sql-contains CREATE SERVER remote TYPE 'postgres' FOREIGN DATA WRAPPER postgres_fdw
-- @expect-sql-contains OPTIONS (ADD password '<secret: replace before running>')
-- @expect-sql-not-contains hunter2
-- @expect-warning unsupported
-- @expect-revert-sql-contains DROP SERVER remote
-- @from
CREATE EXTENSION postgres_fdw;
-- @to
CREATE EXTENSION postgres_fdw;
CREATE SERVER remote TYPE 'postgres' VERSION '16' FOREIGN DATA WRAPPER postgres_fdw
    OPTIONS (host 'db.example', dbname 'app', port '5432');
COMMENT ON SERVER remote IS 'the reporting database';
CREATE USER MAPPING FOR PUBLIC SERVER remote OPTIONS (user 'app', password 'hunter2');
CREATE USER MAPPING FOR CURRENT_USER SERVER remote OPTIONS (user 'admin');
