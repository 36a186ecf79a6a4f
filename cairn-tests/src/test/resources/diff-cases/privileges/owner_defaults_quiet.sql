-- An object granted exactly its owner's defaults (an ACL that is no longer null) is the same as one never granted
-- anything: no difference, no statement.
-- @catalog privileges
-- @from
CREATE TABLE t (id int);
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';
-- @to
CREATE TABLE t (id int);
GRANT ALL ON t TO CURRENT_USER;
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';
REVOKE EXECUTE ON FUNCTION f() FROM CURRENT_USER;
GRANT EXECUTE ON FUNCTION f() TO CURRENT_USER;
