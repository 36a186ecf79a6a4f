-- Golden plans of publications/all_tables_switch.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop publication pub
DROP PUBLICATION pub;

-- Create publication pub
CREATE PUBLICATION pub;

-- Set tables of publication pub
ALTER PUBLICATION pub SET TABLE public.a;
-- @reverse
-- Drop publication pub
DROP PUBLICATION pub;

-- Create publication pub
CREATE PUBLICATION pub FOR ALL TABLES;
