-- A procedure body changes.
-- @from
CREATE PROCEDURE archive(before date) LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'archiving before %', before;
END;
$$;
-- @to
CREATE PROCEDURE archive(before date) LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'archive: %', before;
END;
$$;
