-- Golden plans of inheritance/generated_column_in_parent.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Compute generated column public.item.twice by a new expression [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN twice SET EXPRESSION AS ((qty * 3));
-- @reverse
-- Compute generated column public.item.twice by a new expression [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN twice SET EXPRESSION AS ((qty * 2));
