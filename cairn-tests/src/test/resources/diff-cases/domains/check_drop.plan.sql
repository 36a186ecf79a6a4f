-- Golden plans of domains/check_drop.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop check code_upper of domain public.code
ALTER DOMAIN public.code DROP CONSTRAINT code_upper;
-- @reverse
-- Add check code_upper to domain public.code [SCANS TABLE]
ALTER DOMAIN public.code ADD CONSTRAINT code_upper CHECK ((VALUE = upper(VALUE)));
