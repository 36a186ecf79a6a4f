-- Golden plans of constraints/check_not_valid_add.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Add check constraint t_a_positive on public.t (not validated: existing rows are not checked)
ALTER TABLE public.t ADD CONSTRAINT t_a_positive CHECK ((a > 0)) NOT VALID;
-- @reverse
-- Drop check constraint t_a_positive on public.t
ALTER TABLE public.t DROP CONSTRAINT t_a_positive;
