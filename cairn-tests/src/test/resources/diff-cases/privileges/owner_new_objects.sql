-- Objects created by the plan with their owner's privileges cut down: the revokes follow the creation (the owner is
-- whoever runs the migration when owners are not compared).
-- @catalog privileges
-- @expect-sql-contains REVOKE ALL ON TABLE public.t FROM CURRENT_USER
-- @from
CREATE TABLE keep (id int);
-- @to
CREATE TABLE keep (id int);
CREATE TABLE t (id int);
REVOKE ALL ON t FROM CURRENT_USER;
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';
REVOKE EXECUTE ON FUNCTION f() FROM CURRENT_USER;
CREATE SEQUENCE s;
GRANT USAGE ON SEQUENCE s TO CURRENT_USER WITH GRANT OPTION;
