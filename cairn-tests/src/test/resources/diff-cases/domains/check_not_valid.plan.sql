-- Golden plans of domains/check_not_valid.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Add check code_short to domain public.code
ALTER DOMAIN public.code ADD CONSTRAINT code_short CHECK ((length(VALUE) < 10)) NOT VALID;
-- @reverse
-- Drop check code_short of domain public.code
ALTER DOMAIN public.code DROP CONSTRAINT code_short;
