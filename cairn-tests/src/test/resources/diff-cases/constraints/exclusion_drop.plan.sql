-- Golden plans of constraints/exclusion_drop.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop exclusion constraint no_overlap on public.booking
ALTER TABLE public.booking DROP CONSTRAINT no_overlap;
-- @reverse
-- Add exclusion constraint no_overlap on public.booking [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.booking ADD CONSTRAINT no_overlap EXCLUDE USING gist (during WITH &&);
