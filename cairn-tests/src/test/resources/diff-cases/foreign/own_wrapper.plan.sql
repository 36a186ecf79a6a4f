-- Golden plans of foreign/own_wrapper.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Remove option mode=a of foreign data wrapper relay
ALTER FOREIGN DATA WRAPPER relay OPTIONS (DROP mode);

-- Set handler of foreign data wrapper relay to public.postgres_fdw_handler
ALTER FOREIGN DATA WRAPPER relay HANDLER public.postgres_fdw_handler;

-- Set option level=2 of foreign data wrapper relay to 2
ALTER FOREIGN DATA WRAPPER relay OPTIONS (ADD level '2');

-- Set option mode=b of foreign data wrapper relay to b
ALTER FOREIGN DATA WRAPPER relay OPTIONS (ADD mode 'b');

-- Comment on foreign data wrapper relay
COMMENT ON FOREIGN DATA WRAPPER relay IS 'a relay';
-- @reverse
-- Remove handler of foreign data wrapper relay
ALTER FOREIGN DATA WRAPPER relay NO HANDLER;

-- Remove option level=2 of foreign data wrapper relay
ALTER FOREIGN DATA WRAPPER relay OPTIONS (DROP level);

-- Remove option mode=b of foreign data wrapper relay
ALTER FOREIGN DATA WRAPPER relay OPTIONS (DROP mode);

-- Set option mode=a of foreign data wrapper relay to a
ALTER FOREIGN DATA WRAPPER relay OPTIONS (ADD mode 'a');

-- Remove comment on foreign data wrapper relay
COMMENT ON FOREIGN DATA WRAPPER relay IS NULL;
