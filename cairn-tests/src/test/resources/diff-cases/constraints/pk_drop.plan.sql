-- Golden plans of constraints/pk_drop.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop primary key t_pkey on public.t
ALTER TABLE public.t DROP CONSTRAINT t_pkey;
-- @reverse
-- Add primary key t_pkey on public.t [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ADD CONSTRAINT t_pkey PRIMARY KEY (id);
