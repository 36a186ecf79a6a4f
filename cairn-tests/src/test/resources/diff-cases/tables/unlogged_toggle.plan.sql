-- Golden plans of tables/unlogged_toggle.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Make table public.cache_entry unlogged [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.cache_entry SET UNLOGGED;
-- @reverse
-- Make table public.cache_entry logged [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.cache_entry SET LOGGED;
