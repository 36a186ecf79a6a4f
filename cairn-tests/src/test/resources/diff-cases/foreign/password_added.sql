-- A password appears on a kept user mapping: set to the placeholder, with a warning; removing it drops the option.
-- @expect-warning unsupported
-- @expect-sql-not-contains s3cret
-- @expect-revert-sql-contains OPTIONS (DROP password)
-- @from
CREATE EXTENSION postgres_fdw;
CREATE SERVER remote FOREIGN DATA WRAPPER postgres_fdw;
CREATE USER MAPPING FOR PUBLIC SERVER remote OPTIONS (user 'app');
-- @to
CREATE EXTENSION postgres_fdw;
CREATE SERVER remote FOREIGN DATA WRAPPER postgres_fdw;
CREATE USER MAPPING FOR PUBLIC SERVER remote OPTIONS (user 'app', password 's3cret');
