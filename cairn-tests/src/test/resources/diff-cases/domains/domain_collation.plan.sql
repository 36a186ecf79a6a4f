-- Golden plans of domains/domain_collation.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Rebuild domain public.name_t (base type or collation changes): move the old domain aside
ALTER DOMAIN public.name_t RENAME TO name_t__old;

-- Rebuild domain public.name_t: create it on text
CREATE DOMAIN public.name_t AS text COLLATE "C";

-- Rebuild domain public.name_t: drop the old domain
DROP DOMAIN public.name_t__old;
-- @reverse
-- Rebuild domain public.name_t (base type or collation changes): move the old domain aside
ALTER DOMAIN public.name_t RENAME TO name_t__old;

-- Rebuild domain public.name_t: create it on text
CREATE DOMAIN public.name_t AS text;

-- Rebuild domain public.name_t: drop the old domain
DROP DOMAIN public.name_t__old;
