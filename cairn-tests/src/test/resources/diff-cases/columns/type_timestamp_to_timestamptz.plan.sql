-- Golden plans of columns/type_timestamp_to_timestamptz.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Change type of public.item.at to timestamp with time zone [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN at TYPE timestamp with time zone;
-- @reverse
-- Change type of public.item.at to timestamp without time zone [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN at TYPE timestamp without time zone;
