-- Golden plans of inheritance/parent_type_change.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Change type of public.item.id to bigint [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN id TYPE bigint;

-- Make public.item.qty NOT NULL [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN qty SET NOT NULL;

-- Set default of public.item.qty
ALTER TABLE public.item ALTER COLUMN qty SET DEFAULT 1;
-- @reverse
-- Change type of public.item.id to integer [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN id TYPE integer;

-- Drop default of public.item.qty
ALTER TABLE public.item ALTER COLUMN qty DROP DEFAULT;

-- Allow NULL in public.item.qty
ALTER TABLE public.item ALTER COLUMN qty DROP NOT NULL;
