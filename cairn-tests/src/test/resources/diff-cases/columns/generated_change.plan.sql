-- Golden plans of columns/generated_change.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop column public.item.s
ALTER TABLE public.item DROP COLUMN s;

-- Add column public.item.s (stored generated column) [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ADD COLUMN s integer GENERATED ALWAYS AS ((a * b)) STORED;
-- @reverse
-- Drop column public.item.s
ALTER TABLE public.item DROP COLUMN s;

-- Add column public.item.s (stored generated column) [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ADD COLUMN s integer GENERATED ALWAYS AS ((a + b)) STORED;
