-- Golden plans of constraints/not_null_named_add_pg18.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Add not-null constraint id_required on public.t [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ADD CONSTRAINT id_required NOT NULL id;
-- @reverse
-- Allow NULL in public.t.id
ALTER TABLE public.t ALTER COLUMN id DROP NOT NULL;
