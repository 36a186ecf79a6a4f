-- Golden plans of columns/array_dimension_type.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Change type of public.item.tags to character varying(10)[] [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN tags TYPE character varying(10)[];
-- @reverse
-- Change type of public.item.tags to text[] (binary coercible: no rewrite) [ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN tags TYPE text[];
