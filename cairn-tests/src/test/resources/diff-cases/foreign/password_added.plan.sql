-- Golden plans of foreign/password_added.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: UNSUPPORTED user mapping FOR PUBLIC SERVER remote: option password holds a secret, which Cairn never reads or writes: the plan sets it to the placeholder '<secret: replace before running>'; replace it in the migration (or set it afterwards with ALTER USER MAPPING FOR PUBLIC SERVER remote OPTIONS (SET password '…')) before running it
-- Set option password (secret) of user mapping FOR PUBLIC SERVER remote to set
ALTER USER MAPPING FOR PUBLIC SERVER remote OPTIONS (ADD password '<secret: replace before running>');
-- @reverse
-- Remove option password (secret) of user mapping FOR PUBLIC SERVER remote
ALTER USER MAPPING FOR PUBLIC SERVER remote OPTIONS (DROP password);
