-- Issue 10's reproduction: a view replaced by a query reading itself. PostgreSQL 18 accepts the CREATE OR REPLACE
-- (any SELECT from the view then fails with infinite recursion), but its definition cannot be created from nothing.
-- @known-failure a view whose query reads itself cannot be created by one CREATE VIEW; Cairn emits it and the plan fails with 'relation public.v does not exist' (PostgreSQL drops self-dependencies, so the catalog cannot tell)
-- @from
-- @to
CREATE VIEW v AS SELECT 1 AS id;
CREATE OR REPLACE VIEW v AS SELECT id FROM v;
