-- Golden plans of dependencies/domain_used_by_composite_and_table.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Hold public.t.p as text while a domain inside its type public.pair gains a constraint [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ALTER COLUMN p TYPE text USING p::text;

-- Drop check pos_check of domain public.pos
ALTER DOMAIN public.pos DROP CONSTRAINT pos_check;

-- Add check pos_check to domain public.pos [SCANS TABLE]
ALTER DOMAIN public.pos ADD CONSTRAINT pos_check CHECK ((VALUE >= 0));

-- Convert public.t.p back to public.pair (its values are checked against the domain) [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ALTER COLUMN p TYPE public.pair USING p::public.pair;
-- @reverse
-- Hold public.t.p as text while a domain inside its type public.pair gains a constraint [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ALTER COLUMN p TYPE text USING p::text;

-- Drop check pos_check of domain public.pos
ALTER DOMAIN public.pos DROP CONSTRAINT pos_check;

-- Add check pos_check to domain public.pos [SCANS TABLE]
ALTER DOMAIN public.pos ADD CONSTRAINT pos_check CHECK ((VALUE > 0));

-- Convert public.t.p back to public.pair (its values are checked against the domain) [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ALTER COLUMN p TYPE public.pair USING p::public.pair;
