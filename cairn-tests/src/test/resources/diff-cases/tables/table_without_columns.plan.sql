-- Golden plans of tables/table_without_columns.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create table public.empty_one
CREATE TABLE public.empty_one ();
-- @reverse
-- warning: DATA_LOSS public.empty_one: table is dropped with all its rows
-- Drop table public.empty_one [DATA LOSS]
DROP TABLE public.empty_one;
