-- Golden plans of constraints/not_null_not_valid_pg18.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Add not-null constraint t_code_nn on public.t (not validated: existing rows are not checked)
ALTER TABLE public.t ADD CONSTRAINT t_code_nn NOT NULL code NOT VALID;
-- @reverse
-- Allow NULL in public.t.code
ALTER TABLE public.t ALTER COLUMN code DROP NOT NULL;
