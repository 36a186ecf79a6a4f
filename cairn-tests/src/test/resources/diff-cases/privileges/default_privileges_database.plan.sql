-- Golden plans of privileges/default_privileges_database.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Revoke ALL on default privileges FUNCTIONS cairn_rt_owner from PUBLIC
ALTER DEFAULT PRIVILEGES FOR ROLE cairn_rt_owner REVOKE ALL ON FUNCTIONS FROM PUBLIC;

-- Grant USAGE on default privileges SCHEMAS cairn_rt_owner to cairn_rt_reader
ALTER DEFAULT PRIVILEGES FOR ROLE cairn_rt_owner GRANT USAGE ON SCHEMAS TO cairn_rt_reader;

-- Revoke ALL on default privileges SEQUENCES cairn_rt_owner from cairn_rt_owner
ALTER DEFAULT PRIVILEGES FOR ROLE cairn_rt_owner REVOKE ALL ON SEQUENCES FROM cairn_rt_owner;

-- Grant DELETE on default privileges TABLES cairn_rt_owner to cairn_rt_owner
ALTER DEFAULT PRIVILEGES FOR ROLE cairn_rt_owner GRANT DELETE ON TABLES TO cairn_rt_owner;

-- Revoke INSERT on default privileges TABLES cairn_rt_owner from cairn_rt_reader
ALTER DEFAULT PRIVILEGES FOR ROLE cairn_rt_owner REVOKE INSERT ON TABLES FROM cairn_rt_reader;

-- Grant SELECT on default privileges TABLES cairn_rt_owner to cairn_rt_owner
ALTER DEFAULT PRIVILEGES FOR ROLE cairn_rt_owner GRANT SELECT ON TABLES TO cairn_rt_owner WITH GRANT OPTION;

-- Grant SELECT on default privileges TABLES cairn_rt_owner to cairn_rt_reader
ALTER DEFAULT PRIVILEGES FOR ROLE cairn_rt_owner GRANT SELECT ON TABLES TO cairn_rt_reader;

-- Grant USAGE on default privileges TYPES cairn_rt_owner to cairn_rt_reader
ALTER DEFAULT PRIVILEGES FOR ROLE cairn_rt_owner GRANT USAGE ON TYPES TO cairn_rt_reader WITH GRANT OPTION;
-- @reverse
-- Grant ALL on default privileges FUNCTIONS cairn_rt_owner to PUBLIC
ALTER DEFAULT PRIVILEGES FOR ROLE cairn_rt_owner GRANT ALL ON FUNCTIONS TO PUBLIC;

-- Revoke USAGE on default privileges SCHEMAS cairn_rt_owner from cairn_rt_reader
ALTER DEFAULT PRIVILEGES FOR ROLE cairn_rt_owner REVOKE USAGE ON SCHEMAS FROM cairn_rt_reader;

-- Grant ALL on default privileges SEQUENCES cairn_rt_owner to cairn_rt_owner
ALTER DEFAULT PRIVILEGES FOR ROLE cairn_rt_owner GRANT ALL ON SEQUENCES TO cairn_rt_owner;

-- Revoke GRANT OPTION FOR SELECT on default privileges TABLES cairn_rt_owner from cairn_rt_owner
ALTER DEFAULT PRIVILEGES FOR ROLE cairn_rt_owner REVOKE GRANT OPTION FOR SELECT ON TABLES FROM cairn_rt_owner;

-- Revoke SELECT on default privileges TABLES cairn_rt_owner from cairn_rt_reader
ALTER DEFAULT PRIVILEGES FOR ROLE cairn_rt_owner REVOKE SELECT ON TABLES FROM cairn_rt_reader;

-- Revoke DELETE on default privileges TABLES cairn_rt_owner from cairn_rt_owner
ALTER DEFAULT PRIVILEGES FOR ROLE cairn_rt_owner REVOKE DELETE ON TABLES FROM cairn_rt_owner;

-- Grant INSERT on default privileges TABLES cairn_rt_owner to cairn_rt_reader
ALTER DEFAULT PRIVILEGES FOR ROLE cairn_rt_owner GRANT INSERT ON TABLES TO cairn_rt_reader;

-- Revoke USAGE on default privileges TYPES cairn_rt_owner from cairn_rt_reader
ALTER DEFAULT PRIVILEGES FOR ROLE cairn_rt_owner REVOKE USAGE ON TYPES FROM cairn_rt_reader;
