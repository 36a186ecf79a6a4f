-- Golden plans of columns/type_with_default_change.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop default of public.item.n
ALTER TABLE public.item ALTER COLUMN n DROP DEFAULT;

-- Change type of public.item.n to integer [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN n TYPE integer USING n::integer;

-- Set default of public.item.n
ALTER TABLE public.item ALTER COLUMN n SET DEFAULT 0;
-- @reverse
-- Drop default of public.item.n
ALTER TABLE public.item ALTER COLUMN n DROP DEFAULT;

-- Change type of public.item.n to text [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN n TYPE text;

-- Set default of public.item.n
ALTER TABLE public.item ALTER COLUMN n SET DEFAULT '0'::text;
