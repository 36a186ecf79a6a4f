-- Golden plans of columns/generated_virtual_pg18.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Add column public.item.doubled
ALTER TABLE public.item ADD COLUMN doubled integer GENERATED ALWAYS AS ((a * 2)) VIRTUAL;
-- @reverse
-- Drop column public.item.doubled
ALTER TABLE public.item DROP COLUMN doubled;
