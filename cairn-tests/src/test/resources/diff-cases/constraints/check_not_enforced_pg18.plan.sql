-- Golden plans of constraints/check_not_enforced_pg18.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop check constraint t_a_positive on public.t
ALTER TABLE public.t DROP CONSTRAINT t_a_positive;

-- Add check constraint t_a_positive on public.t [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ADD CONSTRAINT t_a_positive CHECK ((a > 0)) NOT ENFORCED;
-- @reverse
-- Drop check constraint t_a_positive on public.t
ALTER TABLE public.t DROP CONSTRAINT t_a_positive;

-- Add check constraint t_a_positive on public.t [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ADD CONSTRAINT t_a_positive CHECK ((a > 0));
