-- Golden plans of domains/default_set_and_drop.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Set default of domain public.flag
ALTER DOMAIN public.flag SET DEFAULT false;
-- @reverse
-- Drop default of domain public.flag
ALTER DOMAIN public.flag DROP DEFAULT;
