-- Golden plans of domains/domain_over_domain_comment.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Set default of domain public.b
ALTER DOMAIN public.b SET DEFAULT 1;

-- Comment on domain public.b
COMMENT ON DOMAIN public.b IS 'positive amount';
-- @reverse
-- Drop default of domain public.b
ALTER DOMAIN public.b DROP DEFAULT;

-- Remove comment on domain public.b
COMMENT ON DOMAIN public.b IS NULL;
