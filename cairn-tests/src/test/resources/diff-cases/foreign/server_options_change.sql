-- Server and user mapping options change in place (a changed value is dropped and added again), the version too;
-- a password that differs is not compared (only whether one is set) and never appears.
-- @expect-sql-contains ALTER SERVER remote OPTIONS (DROP host)
-- @expect-sql-contains ALTER SERVER remote OPTIONS (ADD host 'new.example')
-- @expect-sql-not-contains DROP SERVER
-- @expect-sql-not-contains old-secret
-- @expect-sql-not-contains new-secret
-- @from
CREATE EXTENSION postgres_fdw;
CREATE SERVER remote VERSION '15' FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'old.example', port '5432');
CREATE USER MAPPING FOR PUBLIC SERVER remote OPTIONS (user 'app', password 'old-secret');
CREATE FOREIGN TABLE remote_items (id int) SERVER remote;
-- @to
CREATE EXTENSION postgres_fdw;
CREATE SERVER remote VERSION '16' FOREIGN DATA WRAPPER postgres_fdw OPTIONS (host 'new.example', fetch_size '500');
CREATE USER MAPPING FOR PUBLIC SERVER remote OPTIONS (user 'reporting', password 'new-secret');
CREATE FOREIGN TABLE remote_items (id int) SERVER remote;
