-- Golden plans of privileges/default_privileges_schema.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create schema app
CREATE SCHEMA app;

-- Grant SELECT on default privileges app.TABLES cairn_rt_owner to cairn_rt_reader
ALTER DEFAULT PRIVILEGES FOR ROLE cairn_rt_owner IN SCHEMA app GRANT SELECT ON TABLES TO cairn_rt_reader;

-- Grant UPDATE on default privileges app.TABLES cairn_rt_owner to cairn_rt_reader
ALTER DEFAULT PRIVILEGES FOR ROLE cairn_rt_owner IN SCHEMA app GRANT UPDATE ON TABLES TO cairn_rt_reader;

-- Revoke EXECUTE on default privileges public.FUNCTIONS cairn_rt_owner from cairn_rt_reader
ALTER DEFAULT PRIVILEGES FOR ROLE cairn_rt_owner IN SCHEMA public REVOKE EXECUTE ON FUNCTIONS FROM cairn_rt_reader;

-- Grant EXECUTE on default privileges public.FUNCTIONS cairn_rt_owner to cairn_rt_reader
ALTER DEFAULT PRIVILEGES FOR ROLE cairn_rt_owner IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO cairn_rt_reader;

-- Drop schema old
DROP SCHEMA old;
-- @reverse
-- Create schema old
CREATE SCHEMA old;

-- Grant USAGE on default privileges old.SEQUENCES cairn_rt_owner to cairn_rt_reader
ALTER DEFAULT PRIVILEGES FOR ROLE cairn_rt_owner IN SCHEMA old GRANT USAGE ON SEQUENCES TO cairn_rt_reader;

-- Revoke EXECUTE on default privileges public.FUNCTIONS cairn_rt_owner from cairn_rt_reader
ALTER DEFAULT PRIVILEGES FOR ROLE cairn_rt_owner IN SCHEMA public REVOKE EXECUTE ON FUNCTIONS FROM cairn_rt_reader;

-- Grant EXECUTE on default privileges public.FUNCTIONS cairn_rt_owner to cairn_rt_reader
ALTER DEFAULT PRIVILEGES FOR ROLE cairn_rt_owner IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO cairn_rt_reader WITH GRANT OPTION;

-- Drop schema app
DROP SCHEMA app;
