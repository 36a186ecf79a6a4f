-- PostgreSQL 18: a named NOT NULL dropped; the revert adds it back by its name.
-- @expect-sql-contains ALTER COLUMN id DROP NOT NULL
-- @expect-revert-sql-contains ADD CONSTRAINT id_required NOT NULL id
-- @from
CREATE TABLE t (id integer CONSTRAINT id_required NOT NULL, code text);
-- @to
CREATE TABLE t (id integer, code text);
-- @rows
INSERT INTO t (id, code) VALUES (1, 'a'), (2, 'b');
