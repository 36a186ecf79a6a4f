-- PostgreSQL 18: NOT NULL set with a name of the schema's own: added by that name (SET NOT NULL cannot name it).
-- @expect-sql-contains ADD CONSTRAINT id_required NOT NULL id
-- @from
CREATE TABLE t (id integer, code text);
-- @to
CREATE TABLE t (id integer CONSTRAINT id_required NOT NULL, code text);
-- @rows
INSERT INTO t (id, code) VALUES (1, 'a'), (2, 'b');
