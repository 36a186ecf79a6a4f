-- Golden plans of columns/type_numeric_precision_change.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Change type of public.item.price to numeric(12,4) [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN price TYPE numeric(12,4);
-- @reverse
-- Change type of public.item.price to numeric(10,2) [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN price TYPE numeric(10,2);
