-- Golden plans of columns/default_uses_function.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Create function public.next_code()
CREATE OR REPLACE FUNCTION public.next_code()
 RETURNS text
 LANGUAGE sql
AS $function$ SELECT 'C' || floor(random() * 1000)::int $function$;

-- Add column public.item.code
ALTER TABLE public.item ADD COLUMN code text DEFAULT public.next_code();
-- @reverse
-- warning: DATA_LOSS public.item.code: column is dropped with its values
-- Drop column public.item.code [DATA LOSS]
ALTER TABLE public.item DROP COLUMN code;

-- Drop function public.next_code()
DROP FUNCTION public.next_code();
