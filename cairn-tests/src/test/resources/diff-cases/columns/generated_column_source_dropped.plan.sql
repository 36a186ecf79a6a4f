-- Golden plans of columns/generated_column_source_dropped.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: DATA_LOSS public.t.a: column is dropped with its values
-- Drop column public.t.g
ALTER TABLE public.t DROP COLUMN g;

-- Drop column public.t.a [DATA LOSS]
ALTER TABLE public.t DROP COLUMN a;
-- @reverse
-- Add column public.t.a
ALTER TABLE public.t ADD COLUMN a jsonb;

-- Add column public.t.g (stored generated column) [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ADD COLUMN g text GENERATED ALWAYS AS ((a ->> 'x'::text)) STORED;
