-- Golden plans of columns/type_and_not_null_and_default_together.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Change type of public.item.n to bigint [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN n TYPE bigint;

-- Make public.item.n NOT NULL [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN n SET NOT NULL;

-- Set default of public.item.n
ALTER TABLE public.item ALTER COLUMN n SET DEFAULT 0;
-- @reverse
-- Drop default of public.item.n
ALTER TABLE public.item ALTER COLUMN n DROP DEFAULT;

-- Change type of public.item.n to integer [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN n TYPE integer;

-- Allow NULL in public.item.n
ALTER TABLE public.item ALTER COLUMN n DROP NOT NULL;
