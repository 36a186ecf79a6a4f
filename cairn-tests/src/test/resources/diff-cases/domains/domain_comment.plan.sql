-- Golden plans of domains/domain_comment.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Comment on domain public.name_t
COMMENT ON DOMAIN public.name_t IS 'a name';
-- @reverse
-- Remove comment on domain public.name_t
COMMENT ON DOMAIN public.name_t IS NULL;
