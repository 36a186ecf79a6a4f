-- Golden plans of statistics/statistics_column_type_changes.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop statistics object public.city_zip_name
DROP STATISTICS public.city_zip_name;

-- Change type of public.city.zip to bigint [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.city ALTER COLUMN zip TYPE bigint;

-- Create statistics object public.city_zip_name
CREATE STATISTICS public.city_zip_name ON name, zip FROM public.city;

-- Set statistics target of statistics object public.city_zip_name
ALTER STATISTICS public.city_zip_name SET STATISTICS 200;
-- @reverse
-- Drop statistics object public.city_zip_name
DROP STATISTICS public.city_zip_name;

-- Change type of public.city.zip to integer [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.city ALTER COLUMN zip TYPE integer;

-- Create statistics object public.city_zip_name
CREATE STATISTICS public.city_zip_name ON name, zip FROM public.city;

-- Set statistics target of statistics object public.city_zip_name
ALTER STATISTICS public.city_zip_name SET STATISTICS 200;
