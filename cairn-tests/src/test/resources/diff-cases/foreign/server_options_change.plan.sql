-- Golden plans of foreign/server_options_change.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Remove option host=old.example of server remote
ALTER SERVER remote OPTIONS (DROP host);

-- Remove option port=5432 of server remote
ALTER SERVER remote OPTIONS (DROP port);

-- Set option fetch_size=500 of server remote to 500
ALTER SERVER remote OPTIONS (ADD fetch_size '500');

-- Set option host=new.example of server remote to new.example
ALTER SERVER remote OPTIONS (ADD host 'new.example');

-- Set version of server remote to 16
ALTER SERVER remote VERSION '16';

-- Remove option user=app of user mapping FOR PUBLIC SERVER remote
ALTER USER MAPPING FOR PUBLIC SERVER remote OPTIONS (DROP "user");

-- Set option user=reporting of user mapping FOR PUBLIC SERVER remote to reporting
ALTER USER MAPPING FOR PUBLIC SERVER remote OPTIONS (ADD "user" 'reporting');
-- @reverse
-- Remove option fetch_size=500 of server remote
ALTER SERVER remote OPTIONS (DROP fetch_size);

-- Remove option host=new.example of server remote
ALTER SERVER remote OPTIONS (DROP host);

-- Set option host=old.example of server remote to old.example
ALTER SERVER remote OPTIONS (ADD host 'old.example');

-- Set option port=5432 of server remote to 5432
ALTER SERVER remote OPTIONS (ADD port '5432');

-- Set version of server remote to 15
ALTER SERVER remote VERSION '15';

-- Remove option user=reporting of user mapping FOR PUBLIC SERVER remote
ALTER USER MAPPING FOR PUBLIC SERVER remote OPTIONS (DROP "user");

-- Set option user=app of user mapping FOR PUBLIC SERVER remote to app
ALTER USER MAPPING FOR PUBLIC SERVER remote OPTIONS (ADD "user" 'app');
