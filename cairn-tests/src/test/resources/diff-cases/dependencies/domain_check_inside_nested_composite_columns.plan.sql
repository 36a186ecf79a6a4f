-- Golden plans of dependencies/domain_check_inside_nested_composite_columns.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop check constraint t_o_check on public.t
ALTER TABLE public.t DROP CONSTRAINT t_o_check;

-- Drop default of public.t.ps while a domain inside its type changes
ALTER TABLE public.t ALTER COLUMN ps DROP DEFAULT;

-- Hold public.t.ps as text while a domain inside its type public.pair[] gains a constraint [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ALTER COLUMN ps TYPE text USING ps::text;

-- Hold public.t.o as text while a domain inside its type public.outer_t gains a constraint [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ALTER COLUMN o TYPE text USING o::text;

-- Add check pos_check to domain public.pos [SCANS TABLE]
ALTER DOMAIN public.pos ADD CONSTRAINT pos_check CHECK ((VALUE > 0));

-- Convert public.t.ps back to public.pair[] (its values are checked against the domain) [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ALTER COLUMN ps TYPE public.pair[] USING ps::public.pair[];

-- Set default of public.t.ps
ALTER TABLE public.t ALTER COLUMN ps SET DEFAULT ARRAY[ROW((1)::public.pos, 2)::public.pair];

-- Convert public.t.o back to public.outer_t (its values are checked against the domain) [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ALTER COLUMN o TYPE public.outer_t USING o::public.outer_t;

-- Add check constraint t_o_check on public.t [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ADD CONSTRAINT t_o_check CHECK (((o).label <> ''::text));
-- @reverse
-- Drop check pos_check of domain public.pos
ALTER DOMAIN public.pos DROP CONSTRAINT pos_check;
