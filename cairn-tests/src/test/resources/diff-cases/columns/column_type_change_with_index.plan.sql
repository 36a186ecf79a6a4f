-- Golden plans of columns/column_type_change_with_index.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Change type of public.item.code to character varying(50) (binary coercible: no rewrite) [ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN code TYPE character varying(50);
-- @reverse
-- Change type of public.item.code to character varying(10) [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN code TYPE character varying(10);
