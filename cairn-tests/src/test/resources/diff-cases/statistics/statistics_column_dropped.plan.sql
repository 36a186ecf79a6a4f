-- Golden plans of statistics/statistics_column_dropped.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: DATA_LOSS public.city.name: column is dropped with its values
-- Drop statistics object public.city_zip_name
DROP STATISTICS public.city_zip_name;

-- Drop column public.city.name [DATA LOSS]
ALTER TABLE public.city DROP COLUMN name;
-- @reverse
-- Add column public.city.name
ALTER TABLE public.city ADD COLUMN name text;

-- Create statistics object public.city_zip_name
CREATE STATISTICS public.city_zip_name ON name, zip FROM public.city;
