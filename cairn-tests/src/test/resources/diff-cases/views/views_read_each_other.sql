-- Two views reading each other (each created over the other's older definition, then replaced): pg_depend holds the
-- cycle. Created as stand-ins first, then each replaced by its query; dropped after each is replaced by its
-- stand-in (neither DROP VIEW would run while the other reads it).
-- @expect-sql-contains CREATE OR REPLACE VIEW public.a AS
-- @expect-revert-sql-contains CREATE OR REPLACE VIEW public.a AS
-- @from
CREATE TABLE t (id int);
-- @rows
INSERT INTO t VALUES (1), (2);
-- @to
CREATE TABLE t (id int);
CREATE VIEW a AS SELECT 1 AS id, 'x'::text AS label;
CREATE VIEW b AS SELECT id, label FROM a UNION ALL SELECT id, 't' FROM t;
CREATE OR REPLACE VIEW a AS SELECT id, label FROM b WHERE false;
CREATE VIEW c AS SELECT label FROM b;
