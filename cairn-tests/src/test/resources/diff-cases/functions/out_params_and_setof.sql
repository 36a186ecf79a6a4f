-- OUT parameters, RETURNS TABLE and SETOF.
-- @from
-- @to
CREATE FUNCTION minmax(VARIADIC xs integer[], OUT lo integer, OUT hi integer) LANGUAGE sql AS $$ SELECT min(x), max(x) FROM unnest(xs) x $$;
CREATE FUNCTION series(n integer) RETURNS TABLE (i integer, sq integer) LANGUAGE sql AS $$ SELECT g, g * g FROM generate_series(1, n) g $$;
CREATE FUNCTION evens(n integer) RETURNS SETOF integer LANGUAGE sql AS $$ SELECT g FROM generate_series(0, n, 2) g $$;
