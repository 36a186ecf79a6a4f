-- The public schema itself is dropped (an empty database still has it).
-- @from
CREATE TABLE t (id integer);
-- @to
DROP SCHEMA public CASCADE;
CREATE SCHEMA app;
CREATE TABLE app.t (id integer);
