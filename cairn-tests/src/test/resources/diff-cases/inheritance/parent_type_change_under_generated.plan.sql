-- Golden plans of inheritance/parent_type_change_under_generated.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop column public.item.twice
ALTER TABLE public.item DROP COLUMN twice;

-- Change type of public.item.qty to bigint [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN qty TYPE bigint;

-- Add column public.item.twice (stored generated column) [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ADD COLUMN twice bigint GENERATED ALWAYS AS ((qty * 2)) STORED;
-- @reverse
-- Drop column public.item.twice
ALTER TABLE public.item DROP COLUMN twice;

-- Change type of public.item.qty to integer [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN qty TYPE integer;

-- Add column public.item.twice (stored generated column) [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ADD COLUMN twice bigint GENERATED ALWAYS AS ((qty * 2)) STORED;
