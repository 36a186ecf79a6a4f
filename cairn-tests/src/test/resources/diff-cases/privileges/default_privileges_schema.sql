-- Default privileges in a schema (they only add to the database-wide ones), in a schema that stays and in one the
-- plan creates (set after it) or drops (they go with it).
-- @catalog privileges
-- @expect-sql-contains ALTER DEFAULT PRIVILEGES FOR ROLE cairn_rt_owner IN SCHEMA app GRANT UPDATE ON TABLES TO cairn_rt_reader
-- @from
DO $$ BEGIN CREATE ROLE cairn_rt_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE cairn_rt_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA old;
ALTER DEFAULT PRIVILEGES FOR ROLE cairn_rt_owner IN SCHEMA old GRANT USAGE ON SEQUENCES TO cairn_rt_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE cairn_rt_owner IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO cairn_rt_reader WITH GRANT OPTION;
-- @to
DO $$ BEGIN CREATE ROLE cairn_rt_reader; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
DO $$ BEGIN CREATE ROLE cairn_rt_owner; EXCEPTION WHEN duplicate_object THEN NULL; END $$;
CREATE SCHEMA app;
ALTER DEFAULT PRIVILEGES FOR ROLE cairn_rt_owner IN SCHEMA app GRANT SELECT, UPDATE ON TABLES TO cairn_rt_reader;
ALTER DEFAULT PRIVILEGES FOR ROLE cairn_rt_owner IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO cairn_rt_reader;
