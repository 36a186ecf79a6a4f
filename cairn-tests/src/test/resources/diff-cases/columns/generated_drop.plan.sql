-- Golden plans of columns/generated_drop.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Make generated column public.item.s a plain column
ALTER TABLE public.item ALTER COLUMN s DROP EXPRESSION;
-- @reverse
-- warning: DATA_LOSS public.item.s: column becomes generated: it is dropped and added again, its values are recomputed
-- Drop column public.item.s [DATA LOSS]
ALTER TABLE public.item DROP COLUMN s;

-- Add column public.item.s (stored generated column) [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ADD COLUMN s integer GENERATED ALWAYS AS ((a * 2)) STORED;
