-- Golden plans of dependencies/type_used_everywhere_dropped.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: DATA_LOSS public.alarm.lvl: column is dropped with its values
-- Drop view public.high_alarms
DROP VIEW public.high_alarms;

-- Drop function public.is_high(l public.level)
DROP FUNCTION public.is_high(l public.level);

-- Drop column public.alarm.lvl [DATA LOSS]
ALTER TABLE public.alarm DROP COLUMN lvl;

-- Drop enum public.level
DROP TYPE public.level;
-- @reverse
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Create enum public.level
CREATE TYPE public.level AS ENUM ('low', 'high');

-- Create function public.is_high(l public.level)
CREATE OR REPLACE FUNCTION public.is_high(l public.level)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT l = 'high' $function$;

-- Add column public.alarm.lvl
ALTER TABLE public.alarm ADD COLUMN lvl public.level;

-- Create view public.high_alarms
CREATE VIEW public.high_alarms AS
SELECT id
   FROM public.alarm
  WHERE public.is_high(lvl);
