-- Golden plans of columns/generated_expression_dropped_with_source.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: DATA_LOSS public.t.a: column is dropped with its values
-- Make generated column public.t.g a plain column
ALTER TABLE public.t ALTER COLUMN g DROP EXPRESSION;

-- Drop column public.t.a [DATA LOSS]
ALTER TABLE public.t DROP COLUMN a;
-- @reverse
-- warning: DATA_LOSS public.t.g: column becomes generated: it is dropped and added again, its values are recomputed
-- Drop column public.t.g [DATA LOSS]
ALTER TABLE public.t DROP COLUMN g;

-- Add column public.t.a
ALTER TABLE public.t ADD COLUMN a integer;

-- Add column public.t.g (stored generated column) [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ADD COLUMN g integer GENERATED ALWAYS AS ((a * 2)) STORED;
