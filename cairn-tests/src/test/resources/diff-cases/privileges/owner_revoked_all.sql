-- Everything revoked from the owner (read as ALL on every major, although PostgreSQL 17 added MAINTAIN to a table's
-- defaults) against some given back, and every privilege held with grant option.
-- @catalog privileges
-- @expect-sql-contains REVOKE ALL ON TABLE public.t FROM
-- @from
CREATE TABLE t (id int);
CREATE TABLE u (id int);
CREATE TABLE w (id int);
REVOKE ALL ON t FROM CURRENT_USER;
GRANT SELECT, INSERT ON t TO CURRENT_USER;
GRANT ALL ON u TO CURRENT_USER WITH GRANT OPTION;
REVOKE DELETE ON w FROM CURRENT_USER;
-- @rows
INSERT INTO t VALUES (1);
INSERT INTO u VALUES (2);
-- @to
CREATE TABLE t (id int);
CREATE TABLE u (id int);
CREATE TABLE w (id int);
REVOKE ALL ON t FROM CURRENT_USER;
GRANT SELECT ON u TO CURRENT_USER WITH GRANT OPTION;
REVOKE ALL ON w FROM CURRENT_USER;
GRANT DELETE ON w TO CURRENT_USER;
