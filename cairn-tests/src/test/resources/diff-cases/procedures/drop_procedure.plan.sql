-- Golden plans of procedures/drop_procedure.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop procedure public.archive(IN before date)
DROP PROCEDURE public.archive(IN before date);
-- @reverse
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Create procedure public.archive(IN before date)
CREATE OR REPLACE PROCEDURE public.archive(IN before date)
 LANGUAGE plpgsql
AS $procedure$
BEGIN
    RAISE NOTICE 'archiving before %', before;
END;
$procedure$;
