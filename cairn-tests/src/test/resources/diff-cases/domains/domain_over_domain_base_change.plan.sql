-- Golden plans of domains/domain_over_domain_base_change.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Rebuild domain public.b (base type or collation changes): move the old domain aside
ALTER DOMAIN public.b RENAME TO b__old;

-- Rebuild domain public.b: create it on public.a2
CREATE DOMAIN public.b AS public.a2;

-- Convert public.t.v to the rebuilt domain public.b [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ALTER COLUMN v TYPE public.b USING v::public.a2::public.b;

-- Rebuild domain public.b: drop the old domain
DROP DOMAIN public.b__old;
-- @reverse
-- Rebuild domain public.b (base type or collation changes): move the old domain aside
ALTER DOMAIN public.b RENAME TO b__old;

-- Rebuild domain public.b: create it on public.a
CREATE DOMAIN public.b AS public.a;

-- Convert public.t.v to the rebuilt domain public.b [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ALTER COLUMN v TYPE public.b USING v::public.a::public.b;

-- Rebuild domain public.b: drop the old domain
DROP DOMAIN public.b__old;
