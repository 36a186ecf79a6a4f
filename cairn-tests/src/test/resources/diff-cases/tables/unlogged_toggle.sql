-- LOGGED → UNLOGGED (ALTER TABLE … SET UNLOGGED).
-- @from
CREATE TABLE cache_entry (k text PRIMARY KEY, v bytea);
-- @to
CREATE UNLOGGED TABLE cache_entry (k text PRIMARY KEY, v bytea);
