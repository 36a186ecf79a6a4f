-- Storage parameters of a table and of its TOAST table are set (ALTER TABLE … SET (…)) and back (RESET (…)).
-- @expect-sql-contains SET (autovacuum_vacuum_scale_factor=0.05, fillfactor=70, toast.autovacuum_enabled=false)
-- @expect-revert-sql-contains RESET (autovacuum_vacuum_scale_factor, fillfactor, toast.autovacuum_enabled)
-- @from
CREATE TABLE doc (id integer PRIMARY KEY, body text);
-- @to
CREATE TABLE doc (id integer PRIMARY KEY, body text)
    WITH (fillfactor = 70, autovacuum_vacuum_scale_factor = 0.05, toast.autovacuum_enabled = false);
-- @rows
INSERT INTO doc (id, body) VALUES (1, 'v1'), (2, 'v2');
