-- Golden plans of views/view_column_settings_survive_recreate.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop view public.v
DROP VIEW public.v;

-- Create view public.v
CREATE VIEW public.v AS
SELECT id,
    status
   FROM public.t;

-- Set default of view column public.v.status
ALTER VIEW public.v ALTER COLUMN status SET DEFAULT 'new'::text;

-- Comment on column public.v.status
COMMENT ON COLUMN public.v.status IS 'state';
-- @reverse
-- Replace view public.v
CREATE OR REPLACE VIEW public.v AS
SELECT id,
    status,
    extra
   FROM public.t;
