-- Golden plans of columns/type_varchar_to_text.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Change type of public.item.name to text (binary coercible: no rewrite) [ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN name TYPE text;
-- @reverse
-- Change type of public.item.name to character varying(20) [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN name TYPE character varying(20);
