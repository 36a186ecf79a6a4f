-- Golden plans of constraints/check_drop.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop check constraint t_a_positive on public.t
ALTER TABLE public.t DROP CONSTRAINT t_a_positive;
-- @reverse
-- Add check constraint t_a_positive on public.t [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ADD CONSTRAINT t_a_positive CHECK ((a > 0));
