-- Golden plans of columns/generated_sources_from_catalog.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Change type of public.t.a to bigint [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ALTER COLUMN a TYPE bigint;
-- @reverse
-- Change type of public.t.a to integer [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ALTER COLUMN a TYPE integer;
