-- A chain type → table → function → view → matview → index, from nothing: creation order matters.
-- @from
-- @to
CREATE TYPE kind AS ENUM ('a', 'b');
CREATE TABLE thing (id integer PRIMARY KEY, k kind NOT NULL);
CREATE FUNCTION kind_label(k kind) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'kind ' || k $$;
CREATE VIEW thing_v AS SELECT id, kind_label(k) AS label FROM thing;
CREATE MATERIALIZED VIEW thing_count AS SELECT label, count(*) AS n FROM thing_v GROUP BY label;
CREATE UNIQUE INDEX thing_count_label ON thing_count (label);
