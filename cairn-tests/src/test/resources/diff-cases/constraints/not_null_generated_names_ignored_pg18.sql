-- PostgreSQL 18: NOT NULL names PostgreSQL chose are no difference: one that followed a column rename
-- (t_id_not_null on x) and one with a number added on a collision (t_id_not_null1 on id). The plan is empty.
-- @expect-sql-not-contains ALTER TABLE
-- @from
CREATE TABLE t (id integer NOT NULL, y integer);
ALTER TABLE t RENAME id TO x;
ALTER TABLE t RENAME y TO id;
ALTER TABLE t ALTER COLUMN id SET NOT NULL;
-- @to
CREATE TABLE t (x integer NOT NULL, id integer NOT NULL);
