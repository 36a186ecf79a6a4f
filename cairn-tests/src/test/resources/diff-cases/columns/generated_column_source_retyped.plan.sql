-- Golden plans of columns/generated_column_source_retyped.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop column public.t.g
ALTER TABLE public.t DROP COLUMN g;

-- Change type of public.t.a to bigint [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ALTER COLUMN a TYPE bigint;

-- Add column public.t.g (stored generated column) [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ADD COLUMN g bigint GENERATED ALWAYS AS ((a * 2)) STORED;
-- @reverse
-- Drop column public.t.g
ALTER TABLE public.t DROP COLUMN g;

-- Change type of public.t.a to integer [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ALTER COLUMN a TYPE integer;

-- Add column public.t.g (stored generated column) [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ADD COLUMN g bigint GENERATED ALWAYS AS ((a * 2)) STORED;
