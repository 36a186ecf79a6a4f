-- Golden plans of views/view_reads_itself_rebuilt.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop view public.v
DROP VIEW public.v;

-- Change type of public.t.id to bigint [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ALTER COLUMN id TYPE bigint;

-- Create view public.v
CREATE VIEW public.v AS
SELECT NULL::bigint AS id;

-- Replace view public.v
CREATE OR REPLACE VIEW public.v AS
SELECT t.id
   FROM public.t
UNION ALL
 SELECT v.id
   FROM public.v
  WHERE false;
-- @reverse
-- Drop view public.v
DROP VIEW public.v;

-- Change type of public.t.id to integer [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ALTER COLUMN id TYPE integer;

-- Create view public.v
CREATE VIEW public.v AS
SELECT NULL::integer AS id;

-- Replace view public.v
CREATE OR REPLACE VIEW public.v AS
SELECT t.id
   FROM public.t
UNION ALL
 SELECT v.id
   FROM public.v
  WHERE false;
