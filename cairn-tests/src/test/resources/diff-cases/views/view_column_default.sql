-- A view column's default (used by inserts through the view) is set, changed and dropped.
-- @from
CREATE TABLE t (id integer PRIMARY KEY, status text, qty integer);
CREATE VIEW v AS SELECT id, status, qty FROM t;
ALTER VIEW v ALTER COLUMN status SET DEFAULT 'new';
ALTER VIEW v ALTER COLUMN qty SET DEFAULT 1;
-- @to
CREATE TABLE t (id integer PRIMARY KEY, status text, qty integer);
CREATE VIEW v AS SELECT id, status, qty FROM t;
ALTER VIEW v ALTER COLUMN status SET DEFAULT 'open';
ALTER VIEW v ALTER COLUMN id SET DEFAULT 0;
