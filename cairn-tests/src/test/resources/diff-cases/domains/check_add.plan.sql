-- Golden plans of domains/check_add.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Add check code_upper to domain public.code [SCANS TABLE]
ALTER DOMAIN public.code ADD CONSTRAINT code_upper CHECK ((VALUE = upper(VALUE)));
-- @reverse
-- Drop check code_upper of domain public.code
ALTER DOMAIN public.code DROP CONSTRAINT code_upper;
