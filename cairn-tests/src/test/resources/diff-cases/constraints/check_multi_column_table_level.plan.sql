-- Golden plans of constraints/check_multi_column_table_level.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Add check constraint t_code_shape on public.t [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ADD CONSTRAINT t_code_shape CHECK (((code ~ '^[A-Z]{3}$'::text) AND ((COALESCE(a, 0) + COALESCE(b, 0)) < 100)));
-- @reverse
-- Drop check constraint t_code_shape on public.t
ALTER TABLE public.t DROP CONSTRAINT t_code_shape;
