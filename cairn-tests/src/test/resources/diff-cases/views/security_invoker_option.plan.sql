-- Golden plans of views/security_invoker_option.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop view public.v
DROP VIEW public.v;

-- Create view public.v
CREATE VIEW public.v WITH (security_invoker=true) AS
SELECT id
   FROM public.emp;
-- @reverse
-- Drop view public.v
DROP VIEW public.v;

-- Create view public.v
CREATE VIEW public.v AS
SELECT id
   FROM public.emp;
