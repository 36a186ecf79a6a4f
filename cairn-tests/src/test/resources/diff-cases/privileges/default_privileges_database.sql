-- Default privileges for the whole database (ALTER DEFAULT PRIVILEGES FOR ROLE …, pg_default_acl): grants beyond
-- the built-in defaults, built-in defaults taken away (PUBLIC's EXECUTE on functions, the role's own on sequences),
-- a grant option; both directions.
-- @catalog privileges
-- @expect-sql-contains ALTER DEFAULT PRIVILEGES FOR ROLE cairn_rt_owner GRANT SELECT ON TABLES TO cairn_rt_reader
-- @expect-sql-contains ALTER DEFAULT PRIVILEGES FOR ROLE cairn_rt_owner REVOKE ALL ON FUNCTIONS FROM PUBLIC
-- @expect-revert-sql-contains ALTER DEFAULT PRIVILEGES FOR ROLE cairn_rt_owner GRANT ALL ON SEQUENCES TO cairn_rt_owner
-- @from
DO $$ BEGIN CREATE ROLE cairn_rt_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE cairn_rt_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
ALTER DEFAULT PRIVILEGES FOR ROLE cairn_rt_owner GRANT INSERT ON TABLES TO cairn_rt_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE cairn_rt_owner REVOKE DELETE ON TABLES FROM cairn_rt_owner;
-- @to
DO $$ BEGIN CREATE ROLE cairn_rt_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE cairn_rt_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
ALTER DEFAULT PRIVILEGES FOR ROLE cairn_rt_owner GRANT SELECT ON TABLES TO cairn_rt_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE cairn_rt_owner REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;
ALTER DEFAULT PRIVILEGES FOR ROLE cairn_rt_owner REVOKE ALL ON SEQUENCES FROM cairn_rt_owner;
ALTER DEFAULT PRIVILEGES FOR ROLE cairn_rt_owner GRANT USAGE ON TYPES TO cairn_rt_reader WITH GRANT OPTION;
ALTER DEFAULT PRIVILEGES FOR ROLE cairn_rt_owner GRANT USAGE ON SCHEMAS TO cairn_rt_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE cairn_rt_owner GRANT SELECT ON TABLES TO cairn_rt_owner WITH GRANT OPTION;
