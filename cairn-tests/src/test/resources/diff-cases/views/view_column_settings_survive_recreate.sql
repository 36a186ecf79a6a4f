-- The view is dropped and created again (a column is removed): its column comments and defaults are set again.
-- @from
CREATE TABLE t (id integer PRIMARY KEY, status text, extra text);
CREATE VIEW v AS SELECT id, status, extra FROM t;
COMMENT ON COLUMN v.status IS 'state';
ALTER VIEW v ALTER COLUMN status SET DEFAULT 'new';
-- @to
CREATE TABLE t (id integer PRIMARY KEY, status text, extra text);
CREATE VIEW v AS SELECT id, status FROM t;
COMMENT ON COLUMN v.status IS 'state';
ALTER VIEW v ALTER COLUMN status SET DEFAULT 'new';
