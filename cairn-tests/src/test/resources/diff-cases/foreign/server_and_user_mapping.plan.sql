-- Golden plans of foreign/server_and_user_mapping.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: UNSUPPORTED user mapping FOR PUBLIC SERVER remote: option password holds a secret, which Cairn never reads or writes: the plan sets it to the placeholder '<secret: replace before running>'; replace it in the migration (or set it afterwards with ALTER USER MAPPING FOR PUBLIC SERVER remote OPTIONS (SET password '…')) before running it
-- Create server remote
CREATE SERVER remote TYPE 'postgres' FOREIGN DATA WRAPPER postgres_fdw;

-- Set option dbname=app of server remote
ALTER SERVER remote OPTIONS (ADD dbname 'app');

-- Set option host=db.example of server remote
ALTER SERVER remote OPTIONS (ADD host 'db.example');

-- Set option port=5432 of server remote
ALTER SERVER remote OPTIONS (ADD port '5432');

-- Set version of server remote
ALTER SERVER remote VERSION '16';

-- Create user mapping FOR PUBLIC SERVER remote
CREATE USER MAPPING FOR PUBLIC SERVER remote;

-- Set option password (secret) of user mapping FOR PUBLIC SERVER remote
ALTER USER MAPPING FOR PUBLIC SERVER remote OPTIONS (ADD password '<secret: replace before running>');

-- Set option user=app of user mapping FOR PUBLIC SERVER remote
ALTER USER MAPPING FOR PUBLIC SERVER remote OPTIONS (ADD "user" 'app');

-- Create user mapping FOR postgres SERVER remote
CREATE USER MAPPING FOR postgres SERVER remote;

-- Set option user=admin of user mapping FOR postgres SERVER remote
ALTER USER MAPPING FOR postgres SERVER remote OPTIONS (ADD "user" 'admin');

-- Comment on server remote
COMMENT ON SERVER remote IS 'the reporting database';
-- @reverse
-- Drop user mapping FOR PUBLIC SERVER remote
DROP USER MAPPING FOR PUBLIC SERVER remote;

-- Drop user mapping FOR postgres SERVER remote
DROP USER MAPPING FOR postgres SERVER remote;

-- Drop server remote
DROP SERVER remote;
