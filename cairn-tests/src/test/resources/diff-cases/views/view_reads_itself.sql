-- Issue 10's reproduction: a view replaced by a query reading itself. PostgreSQL accepts the CREATE OR REPLACE
-- (any SELECT from the view then fails with infinite recursion), but its definition cannot be created from nothing:
-- it is created as a stand-in with the same columns first, then replaced. PostgreSQL leaves the self-reference out
-- of pg_depend; it is read from the view's rewrite rule. A column of a user type makes the stand-in need the type.
-- @expect-sql-contains CREATE OR REPLACE VIEW public.v AS
-- @from
-- @to
CREATE TYPE mood AS ENUM ('ok', 'sad');
CREATE VIEW v AS SELECT 1 AS id, 'ok'::mood AS "Mood", 2.5::numeric(4,1) AS amount;
CREATE OR REPLACE VIEW v AS SELECT id, "Mood", amount FROM v;
CREATE VIEW reader AS SELECT id FROM v;
COMMENT ON VIEW v IS 'reads itself';
