-- The owner's own privileges: some defaults revoked from the owner and a grant option added, on every kind that
-- has privileges; both directions (back to the defaults is GRANT ALL / REVOKE GRANT OPTION FOR ALL).
-- @catalog privileges
-- @expect-sql-contains REVOKE DELETE ON TABLE public.t FROM
-- @expect-sql-contains GRANT SELECT ON TABLE public.t TO
-- @expect-revert-sql-contains GRANT ALL ON TABLE public.t TO
-- @from
CREATE SCHEMA app;
CREATE TABLE t (id int);
CREATE SEQUENCE s;
CREATE VIEW v AS SELECT id FROM t;
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';
CREATE TYPE mood AS ENUM ('ok');
-- @rows
INSERT INTO t VALUES (1), (2);
-- @to
CREATE SCHEMA app;
CREATE TABLE t (id int);
CREATE SEQUENCE s;
CREATE VIEW v AS SELECT id FROM t;
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';
CREATE TYPE mood AS ENUM ('ok');
REVOKE DELETE, TRUNCATE ON t FROM CURRENT_USER;
GRANT SELECT ON t TO CURRENT_USER WITH GRANT OPTION;
REVOKE USAGE ON SEQUENCE s FROM CURRENT_USER;
REVOKE INSERT ON v FROM CURRENT_USER;
REVOKE EXECUTE ON FUNCTION f() FROM CURRENT_USER;
REVOKE USAGE ON TYPE mood FROM CURRENT_USER;
REVOKE CREATE ON SCHEMA app FROM CURRENT_USER;
