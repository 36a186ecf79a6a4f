-- Golden plans of tables/unlogged_with_foreign_key.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Make table public.b_child unlogged [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.b_child SET UNLOGGED;

-- Make table public.a_parent unlogged [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.a_parent SET UNLOGGED;
-- @reverse
-- Make table public.a_parent logged [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.a_parent SET LOGGED;

-- Make table public.b_child logged [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.b_child SET LOGGED;
