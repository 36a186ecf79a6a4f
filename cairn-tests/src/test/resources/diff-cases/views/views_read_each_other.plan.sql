-- Golden plans of views/views_read_each_other.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create view public.a
CREATE VIEW public.a AS
SELECT NULL::integer AS id,
    NULL::text AS label;

-- Create view public.b
CREATE VIEW public.b AS
SELECT NULL::integer AS id,
    NULL::text AS label;

-- Replace view public.a
CREATE OR REPLACE VIEW public.a AS
SELECT id,
    label
   FROM public.b
  WHERE false;

-- Replace view public.b
CREATE OR REPLACE VIEW public.b AS
SELECT a.id,
    a.label
   FROM public.a
UNION ALL
 SELECT t.id,
    't'::text AS label
   FROM public.t;

-- Create view public.c
CREATE VIEW public.c AS
SELECT label
   FROM public.b;
-- @reverse
-- Replace view public.a
CREATE OR REPLACE VIEW public.a AS
SELECT NULL::integer AS id,
    NULL::text AS label;

-- Replace view public.b
CREATE OR REPLACE VIEW public.b AS
SELECT NULL::integer AS id,
    NULL::text AS label;

-- Drop view public.a
DROP VIEW public.a;

-- Drop view public.c
DROP VIEW public.c;

-- Drop view public.b
DROP VIEW public.b;
