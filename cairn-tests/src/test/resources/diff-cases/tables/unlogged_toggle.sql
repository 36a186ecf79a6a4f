-- LOGGED → UNLOGGED (ALTER TABLE … SET UNLOGGED).
-- @from
CREATE TABLE cache_entry (k text PRIMARY KEY, v bytea);
-- @to
CREATE UNLOGGED TABLE cache_entry (k text PRIMARY KEY, v bytea);
-- @rows
INSERT INTO cache_entry (k, v) VALUES ('v1', '\x01'), ('v2', '\x02');
