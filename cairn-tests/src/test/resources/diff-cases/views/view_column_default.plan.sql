-- Golden plans of views/view_column_default.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Set default of view column public.v.id
ALTER VIEW public.v ALTER COLUMN id SET DEFAULT 0;

-- Drop default of view column public.v.qty
ALTER VIEW public.v ALTER COLUMN qty DROP DEFAULT;

-- Set default of view column public.v.status
ALTER VIEW public.v ALTER COLUMN status SET DEFAULT 'open'::text;
-- @reverse
-- Drop default of view column public.v.id
ALTER VIEW public.v ALTER COLUMN id DROP DEFAULT;

-- Set default of view column public.v.qty
ALTER VIEW public.v ALTER COLUMN qty SET DEFAULT 1;

-- Set default of view column public.v.status
ALTER VIEW public.v ALTER COLUMN status SET DEFAULT 'new'::text;
