-- Golden plans of inheritance/generated_column_in_parent.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop column public.item.twice
ALTER TABLE public.item DROP COLUMN twice;

-- Add column public.item.twice (stored generated column) [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ADD COLUMN twice integer GENERATED ALWAYS AS ((qty * 3)) STORED;
-- @reverse
-- Drop column public.item.twice
ALTER TABLE public.item DROP COLUMN twice;

-- Add column public.item.twice (stored generated column) [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ADD COLUMN twice integer GENERATED ALWAYS AS ((qty * 2)) STORED;
