-- Comments on a view's columns are set, changed and dropped.
-- @from
CREATE TABLE t (id integer PRIMARY KEY, name text, note text);
CREATE VIEW v AS SELECT id, name, note FROM t;
COMMENT ON COLUMN v.id IS 'the key';
COMMENT ON COLUMN v.note IS 'free text';
-- @to
CREATE TABLE t (id integer PRIMARY KEY, name text, note text);
CREATE VIEW v AS SELECT id, name, note FROM t;
COMMENT ON COLUMN v.id IS 'the row key';
COMMENT ON COLUMN v.name IS 'display name';
