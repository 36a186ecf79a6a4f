-- Golden plans of columns/collation_add.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Change collation of public.item.name to "C" (binary coercible: no rewrite) [ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN name TYPE text COLLATE "C";
-- @reverse
-- Change collation of public.item.name to null (binary coercible: no rewrite) [ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN name TYPE text;
