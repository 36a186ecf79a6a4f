-- A procedure disappears.
-- @from
CREATE PROCEDURE archive(before date) LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'archiving before %', before;
END;
$$;
-- @to
