-- A view calls a user function; function body change must not break the view.
-- @from
CREATE TABLE emp (id integer PRIMARY KEY, name text NOT NULL, salary numeric(10,2), dept text, active boolean DEFAULT true);

CREATE FUNCTION fmt(n text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT upper(n) $$;
CREATE VIEW v AS SELECT id, fmt(name) AS shown FROM emp;
-- @to
CREATE TABLE emp (id integer PRIMARY KEY, name text NOT NULL, salary numeric(10,2), dept text, active boolean DEFAULT true);

CREATE FUNCTION fmt(n text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT initcap(n) $$;
CREATE VIEW v AS SELECT id, fmt(name) AS shown FROM emp;
