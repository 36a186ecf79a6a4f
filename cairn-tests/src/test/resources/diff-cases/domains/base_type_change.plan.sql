-- Golden plans of domains/base_type_change.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Rebuild domain public.amount (base type or collation changes): move the old domain aside
ALTER DOMAIN public.amount RENAME TO amount__old;

-- Rebuild domain public.amount: create it on numeric(12,2)
CREATE DOMAIN public.amount AS numeric(12,2);

-- Convert public.t.a to the rebuilt domain public.amount [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ALTER COLUMN a TYPE public.amount USING a::numeric(12,2)::public.amount;

-- Rebuild domain public.amount: drop the old domain
DROP DOMAIN public.amount__old;
-- @reverse
-- Rebuild domain public.amount (base type or collation changes): move the old domain aside
ALTER DOMAIN public.amount RENAME TO amount__old;

-- Rebuild domain public.amount: create it on integer
CREATE DOMAIN public.amount AS integer;

-- Convert public.t.a to the rebuilt domain public.amount [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ALTER COLUMN a TYPE public.amount USING a::integer::public.amount;

-- Rebuild domain public.amount: drop the old domain
DROP DOMAIN public.amount__old;
