-- Golden plans of views/view_over_same_name_other_schema.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create schema app
CREATE SCHEMA app;

-- Create view public.v
CREATE VIEW public.v AS
SELECT id
   FROM public.t;

-- Create view app.v
CREATE VIEW app.v AS
SELECT id
   FROM public.v;
-- @reverse
-- Drop view app.v
DROP VIEW app.v;

-- Drop view public.v
DROP VIEW public.v;

-- Drop schema app
DROP SCHEMA app;
