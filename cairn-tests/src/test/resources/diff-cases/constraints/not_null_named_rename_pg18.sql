-- PostgreSQL 18: only the NOT NULL constraint's name changes, from the default to one of the schema's own:
-- renamed (no scan), and renamed back to the default by the revert.
-- @expect-sql-contains RENAME CONSTRAINT t_id_not_null TO id_required
-- @expect-revert-sql-contains RENAME CONSTRAINT id_required TO t_id_not_null
-- @expect-sql-not-contains DROP NOT NULL
-- @from
CREATE TABLE t (id integer NOT NULL, code text NOT NULL);
-- @to
CREATE TABLE t (id integer CONSTRAINT id_required NOT NULL, code text NOT NULL);
-- @rows
INSERT INTO t (id, code) VALUES (1, 'a'), (2, 'b');
