-- Golden plans of columns/generated_column_source_retyped_with_index.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop index public.t_g_idx
DROP INDEX public.t_g_idx;

-- Drop column public.t.g
ALTER TABLE public.t DROP COLUMN g;

-- Change type of public.t.a to bigint [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ALTER COLUMN a TYPE bigint;

-- Add column public.t.g (stored generated column) [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ADD COLUMN g bigint GENERATED ALWAYS AS ((a * 2)) STORED;

-- Create index public.t_g_idx on public.t [BLOCKS WRITES]
CREATE INDEX t_g_idx ON public.t USING btree (g);

-- Comment on column public.t.g
COMMENT ON COLUMN public.t.g IS 'twice a';
-- @reverse
-- Drop index public.t_g_idx
DROP INDEX public.t_g_idx;

-- Drop column public.t.g
ALTER TABLE public.t DROP COLUMN g;

-- Change type of public.t.a to integer [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ALTER COLUMN a TYPE integer;

-- Add column public.t.g (stored generated column) [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ADD COLUMN g bigint GENERATED ALWAYS AS ((a * 2)) STORED;

-- Create index public.t_g_idx on public.t [BLOCKS WRITES]
CREATE INDEX t_g_idx ON public.t USING btree (g);

-- Comment on column public.t.g
COMMENT ON COLUMN public.t.g IS 'twice a';
