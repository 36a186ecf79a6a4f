-- Golden plans of columns/generated_expression_change_with_dependents.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Compute generated column public.item.s by a new expression [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN s SET EXPRESSION AS ((b + a));
-- @reverse
-- Compute generated column public.item.s by a new expression [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN s SET EXPRESSION AS ((a + b));
