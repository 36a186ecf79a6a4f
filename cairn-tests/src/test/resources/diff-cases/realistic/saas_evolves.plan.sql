-- Golden plans of realistic/saas_evolves.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: DATA_LOSS app.document.created_by: column is dropped with its values
-- Drop column app.document.created_by [DATA LOSS]
ALTER TABLE app.document DROP COLUMN created_by;

-- Create table app.audit_log_2026 as a partition of app.audit_log
CREATE TABLE app.audit_log_2026 PARTITION OF app.audit_log FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2027-01-01 00:00:00+00');

-- Change policy member_tenant on app.member
ALTER POLICY member_tenant ON app.member USING (((tenant_id = app.current_tenant()) AND (role <> 'suspended'::text)));
-- @reverse
-- warning: COLUMN_ORDER app.document: column order differs: new columns are appended; Cairn does not rebuild tables to reorder them (the table gets id, tenant_id, title, content, created_at, created_by; the schema says id, tenant_id, title, content, created_by, created_at)
-- warning: DATA_LOSS app.audit_log_2026: table is dropped with all its rows
-- Drop table app.audit_log_2026 [DATA LOSS]
DROP TABLE app.audit_log_2026;

-- Add column app.document.created_by
ALTER TABLE app.document ADD COLUMN created_by text DEFAULT CURRENT_USER NOT NULL;

-- Change policy member_tenant on app.member
ALTER POLICY member_tenant ON app.member USING ((tenant_id = app.current_tenant()));
