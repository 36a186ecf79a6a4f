-- Golden plans of domains/not_null_toggle.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Make domain public.email NOT NULL [SCANS TABLE]
ALTER DOMAIN public.email SET NOT NULL;
-- @reverse
-- Stop making domain public.email NOT NULL
ALTER DOMAIN public.email DROP NOT NULL;
