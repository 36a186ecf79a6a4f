-- A procedure gains an argument.
-- @from
CREATE PROCEDURE archive(before date) LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'archiving before %', before;
END;
$$;
-- @to
CREATE PROCEDURE archive(before date, dry_run boolean DEFAULT true) LANGUAGE plpgsql AS $$
BEGIN
    RAISE NOTICE 'archiving before %', before;
END;
$$;
