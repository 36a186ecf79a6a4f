-- Default privileges of the role running the plan apply to the objects it creates: they are set before those are
-- created, and what a created object should not have of them is revoked afterwards.
-- @catalog privileges
-- @from
DO $$ BEGIN CREATE ROLE cairn_rt_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE cairn_rt_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE TABLE keep (id int);
-- @rows
INSERT INTO keep VALUES (1);
-- @to
DO $$ BEGIN CREATE ROLE cairn_rt_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE cairn_rt_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
ALTER DEFAULT PRIVILEGES GRANT SELECT, INSERT ON TABLES TO cairn_rt_reader;
ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES REVOKE TRUNCATE ON TABLES FROM CURRENT_USER;
CREATE TABLE keep (id int);
CREATE TABLE t (id int);
CREATE TABLE narrow (id int);
REVOKE INSERT ON narrow FROM cairn_rt_reader;
CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';
CREATE FUNCTION g() RETURNS int LANGUAGE sql AS 'SELECT 2';
GRANT EXECUTE ON FUNCTION g() TO PUBLIC;
