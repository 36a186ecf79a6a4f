-- Golden plans of constraints/check_not_valid_to_valid.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Validate check constraint t_a_positive on public.t (existing rows are checked; writes go on) [SCANS TABLE]
ALTER TABLE public.t VALIDATE CONSTRAINT t_a_positive;
-- @reverse
-- Drop check constraint t_a_positive on public.t
ALTER TABLE public.t DROP CONSTRAINT t_a_positive;

-- Add check constraint t_a_positive on public.t (not validated: existing rows are not checked)
ALTER TABLE public.t ADD CONSTRAINT t_a_positive CHECK ((a > 0)) NOT VALID;
