-- Golden plans of domains/check_change.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop check pct_range of domain public.pct
ALTER DOMAIN public.pct DROP CONSTRAINT pct_range;

-- Add check pct_range to domain public.pct [SCANS TABLE]
ALTER DOMAIN public.pct ADD CONSTRAINT pct_range CHECK (((VALUE >= (0)::numeric) AND (VALUE <= (1)::numeric)));
-- @reverse
-- Drop check pct_range of domain public.pct
ALTER DOMAIN public.pct DROP CONSTRAINT pct_range;

-- Add check pct_range to domain public.pct [SCANS TABLE]
ALTER DOMAIN public.pct ADD CONSTRAINT pct_range CHECK (((VALUE >= (0)::numeric) AND (VALUE <= (100)::numeric)));
