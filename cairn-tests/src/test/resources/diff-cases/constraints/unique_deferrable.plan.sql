-- Golden plans of constraints/unique_deferrable.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop unique constraint t_code_key on public.t
ALTER TABLE public.t DROP CONSTRAINT t_code_key;

-- Add unique constraint t_code_key on public.t [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ADD CONSTRAINT t_code_key UNIQUE (code) DEFERRABLE INITIALLY DEFERRED;
-- @reverse
-- Drop unique constraint t_code_key on public.t
ALTER TABLE public.t DROP CONSTRAINT t_code_key;

-- Add unique constraint t_code_key on public.t [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ADD CONSTRAINT t_code_key UNIQUE (code);
