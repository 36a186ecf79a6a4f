-- Golden plans of constraints/exclusion_with_btree_gist.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Add exclusion constraint no_double_booking on public.booking [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.booking ADD CONSTRAINT no_double_booking EXCLUDE USING gist (room WITH =, during WITH &&) WHERE ((room > 0));
-- @reverse
-- Drop exclusion constraint no_double_booking on public.booking
ALTER TABLE public.booking DROP CONSTRAINT no_double_booking;
