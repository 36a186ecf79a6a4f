-- Golden plans of columns/type_numeric_to_boolean_no_direct_cast.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Change type of public.item.flag to boolean [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN flag TYPE boolean USING flag::integer::boolean;
-- @reverse
-- Change type of public.item.flag to numeric(10,2) [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN flag TYPE numeric(10,2) USING flag::integer::numeric(10,2);
