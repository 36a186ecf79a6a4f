-- Golden plans of constraints/check_no_inherit.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Add check constraint t_a_nn on public.t [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ADD CONSTRAINT t_a_nn CHECK ((a IS NOT NULL)) NO INHERIT;
-- @reverse
-- Drop check constraint t_a_nn on public.t
ALTER TABLE public.t DROP CONSTRAINT t_a_nn;
