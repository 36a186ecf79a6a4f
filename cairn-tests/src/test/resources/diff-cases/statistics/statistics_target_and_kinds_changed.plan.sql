-- Golden plans of statistics/statistics_target_and_kinds_changed.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop statistics object public.s_kinds
DROP STATISTICS public.s_kinds;

-- Create statistics object public.s_kinds
CREATE STATISTICS public.s_kinds (ndistinct, mcv) ON region, zip FROM public.city;

-- Set statistics target of statistics object public.s_target to 1000
ALTER STATISTICS public.s_target SET STATISTICS 1000;
-- @reverse
-- Drop statistics object public.s_kinds
DROP STATISTICS public.s_kinds;

-- Create statistics object public.s_kinds
CREATE STATISTICS public.s_kinds (ndistinct) ON region, zip FROM public.city;

-- Remove statistics target of statistics object public.s_target
ALTER STATISTICS public.s_target SET STATISTICS -1;
