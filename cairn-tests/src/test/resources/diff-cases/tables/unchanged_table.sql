-- No change at all: the differ must produce an empty migration.
-- @from
CREATE TABLE a (id integer PRIMARY KEY, v text DEFAULT 'x' NOT NULL);
CREATE INDEX a_v_idx ON a (v);
-- @to
CREATE TABLE a (id integer PRIMARY KEY, v text DEFAULT 'x' NOT NULL);
CREATE INDEX a_v_idx ON a (v);
-- @rows
INSERT INTO a (id, v) VALUES (1, 'v1'), (2, 'v2');
