-- Golden plans of views/view_on_view_base_type_change.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop view public.outer_v
DROP VIEW public.outer_v;

-- Drop view public.inner_v
DROP VIEW public.inner_v;

-- Change type of public.emp.id to bigint [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.emp ALTER COLUMN id TYPE bigint;

-- Create view public.inner_v
CREATE VIEW public.inner_v AS
SELECT id,
    name
   FROM public.emp;

-- Create view public.outer_v
CREATE VIEW public.outer_v AS
SELECT id,
    upper(name) AS name
   FROM public.inner_v;
-- @reverse
-- Drop view public.outer_v
DROP VIEW public.outer_v;

-- Drop view public.inner_v
DROP VIEW public.inner_v;

-- Change type of public.emp.id to integer [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.emp ALTER COLUMN id TYPE integer;

-- Create view public.inner_v
CREATE VIEW public.inner_v AS
SELECT id,
    name
   FROM public.emp;

-- Create view public.outer_v
CREATE VIEW public.outer_v AS
SELECT id,
    upper(name) AS name
   FROM public.inner_v;
