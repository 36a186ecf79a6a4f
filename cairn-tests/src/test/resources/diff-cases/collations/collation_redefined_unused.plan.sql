-- Golden plans of collations/collation_redefined_unused.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop collation public.nat
DROP COLLATION public.nat;

-- Create collation public.nat
CREATE COLLATION public.nat (provider = icu, locale = 'und-u-kn-true-ks-level2', deterministic = false);
-- @reverse
-- Drop collation public.nat
DROP COLLATION public.nat;

-- Create collation public.nat
CREATE COLLATION public.nat (provider = icu, locale = 'und-u-kn-true');
