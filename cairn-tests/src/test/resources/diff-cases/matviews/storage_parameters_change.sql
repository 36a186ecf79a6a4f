-- A materialized view's storage parameters change: altered in place (ALTER MATERIALIZED VIEW … SET / RESET), not
-- recreated (which would compute it again).
-- @expect-sql-contains ALTER MATERIALIZED VIEW public.m SET (autovacuum_enabled=false, fillfactor=90)
-- @expect-sql-not-contains DROP MATERIALIZED VIEW
-- Boolean parameters read the same however they are written (on, true): the view is unchanged.
-- @expect-sql-not-contains VIEW public.v 
-- @from
CREATE TABLE t (a integer);
CREATE MATERIALIZED VIEW m WITH (fillfactor = 70) AS SELECT a FROM t;
CREATE VIEW v WITH (security_barrier = true) AS SELECT a FROM t;
-- @to
CREATE TABLE t (a integer);
CREATE MATERIALIZED VIEW m WITH (fillfactor = 90, autovacuum_enabled = off) AS SELECT a FROM t;
CREATE VIEW v WITH (security_barrier = on) AS SELECT a FROM t;
