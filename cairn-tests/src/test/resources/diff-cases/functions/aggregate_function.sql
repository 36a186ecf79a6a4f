-- A user-defined aggregate (may be outside the modelled set: must at least not break).
-- @from
-- @to
CREATE FUNCTION concat_step(acc text, x text) RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT coalesce(acc || ',', '') || x $$;
CREATE AGGREGATE concat_all(text) (SFUNC = concat_step, STYPE = text);
