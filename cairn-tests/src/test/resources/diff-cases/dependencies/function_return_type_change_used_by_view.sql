-- A function whose return type changes is used by a view: view dropped and recreated around it.
-- @from
CREATE FUNCTION f() RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT 1 $$;
CREATE VIEW v AS SELECT f() AS x;
-- @to
CREATE FUNCTION f() RETURNS bigint LANGUAGE sql IMMUTABLE AS $$ SELECT 1::bigint $$;
CREATE VIEW v AS SELECT f() AS x;
