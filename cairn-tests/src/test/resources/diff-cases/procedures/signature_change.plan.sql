-- Golden plans of procedures/signature_change.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Drop procedure public.archive(IN before date)
DROP PROCEDURE public.archive(IN before date);

-- Create procedure public.archive(IN before date, IN dry_run boolean)
CREATE OR REPLACE PROCEDURE public.archive(IN before date, IN dry_run boolean DEFAULT true)
 LANGUAGE plpgsql
AS $procedure$
BEGIN
    RAISE NOTICE 'archiving before %', before;
END;
$procedure$;
-- @reverse
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Drop procedure public.archive(IN before date, IN dry_run boolean)
DROP PROCEDURE public.archive(IN before date, IN dry_run boolean);

-- Create procedure public.archive(IN before date)
CREATE OR REPLACE PROCEDURE public.archive(IN before date)
 LANGUAGE plpgsql
AS $procedure$
BEGIN
    RAISE NOTICE 'archiving before %', before;
END;
$procedure$;
