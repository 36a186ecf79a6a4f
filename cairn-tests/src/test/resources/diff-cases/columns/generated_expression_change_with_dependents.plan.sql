-- Golden plans of columns/generated_expression_change_with_dependents.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop view public.item_sums
DROP VIEW public.item_sums;

-- Compute generated column public.item.s by a new expression [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN s SET EXPRESSION AS ((b + a));

-- Create view public.item_sums
CREATE VIEW public.item_sums AS
SELECT id,
    s
   FROM public.item;
-- @reverse
-- Drop view public.item_sums
DROP VIEW public.item_sums;

-- Compute generated column public.item.s by a new expression [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN s SET EXPRESSION AS ((a + b));

-- Create view public.item_sums
CREATE VIEW public.item_sums AS
SELECT id,
    s
   FROM public.item;
