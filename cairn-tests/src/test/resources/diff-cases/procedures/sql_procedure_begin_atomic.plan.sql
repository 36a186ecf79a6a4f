-- Golden plans of procedures/sql_procedure_begin_atomic.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Create procedure public.note(IN m text)
CREATE OR REPLACE PROCEDURE public.note(IN m text)
 LANGUAGE sql
BEGIN ATOMIC
 INSERT INTO public.log (msg)
   VALUES (note.m);
END;
-- @reverse
-- Drop procedure public.note(IN m text)
DROP PROCEDURE public.note(IN m text);
