-- Golden plans of statistics/statistics_created.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create statistics object public.city_zip_name
CREATE STATISTICS public.city_zip_name (ndistinct, dependencies) ON name, zip FROM public.city;

-- Set statistics target of statistics object public.city_zip_name
ALTER STATISTICS public.city_zip_name SET STATISTICS 500;

-- Comment on statistics object public.city_zip_name
COMMENT ON STATISTICS public.city_zip_name IS 'zip decides name';
-- @reverse
-- Drop statistics object public.city_zip_name
DROP STATISTICS public.city_zip_name;
