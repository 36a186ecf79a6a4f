-- Storage parameters change value, appear and disappear in one statement: SET the new values, RESET the others.
-- @expect-sql-contains SET (autovacuum_enabled=false, fillfactor=90), RESET (parallel_workers)
-- @from
CREATE TABLE doc (id integer PRIMARY KEY, body text) WITH (fillfactor = 70, parallel_workers = 4);
-- @to
CREATE TABLE doc (id integer PRIMARY KEY, body text) WITH (fillfactor = 90, autovacuum_enabled = off);
-- @rows
INSERT INTO doc (id, body) VALUES (1, 'v1');
