-- Golden plans of schemas/cross_schema_fk.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Add foreign key session_account_id_fkey on app.session [SCANS TABLE, BLOCKS WRITES]
ALTER TABLE app.session ADD CONSTRAINT session_account_id_fkey FOREIGN KEY (account_id) REFERENCES core.account(id);
-- @reverse
-- Drop foreign key session_account_id_fkey on app.session
ALTER TABLE app.session DROP CONSTRAINT session_account_id_fkey;
