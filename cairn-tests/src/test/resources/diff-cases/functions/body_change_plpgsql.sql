-- The body of a plpgsql function changes.
-- @from
CREATE FUNCTION greet(who text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    RETURN 'hello ' || who;
END;
$$;
-- @to
CREATE FUNCTION greet(who text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    greeting text := 'hi';
BEGIN
    IF who IS NULL THEN
        RAISE EXCEPTION 'who?';
    END IF;
    RETURN greeting || ' ' || who || '; semicolons; $dollar$ inside';
END;
$$;
