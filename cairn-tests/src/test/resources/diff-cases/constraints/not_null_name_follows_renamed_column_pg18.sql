-- PostgreSQL 18: after RENAME COLUMN id TO x the NOT NULL of x is still called t_id_not_null, and a new id gets
-- t_id_not_null1. Both names are PostgreSQL's own (they follow their column): not compared, not written. The plan
-- adds x without naming its NOT NULL (t_id_not_null is taken by id's) and the revert drops it.
-- @expect-warning column-order
-- @expect-sql-not-contains CONSTRAINT t_id_not_null
-- @from
CREATE TABLE t (id text NOT NULL);
-- @to
CREATE TABLE t (id text NOT NULL);
ALTER TABLE t RENAME id TO x;
ALTER TABLE t ADD COLUMN id integer NOT NULL;
