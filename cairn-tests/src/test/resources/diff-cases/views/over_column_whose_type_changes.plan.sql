-- Golden plans of views/over_column_whose_type_changes.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop view public.v
DROP VIEW public.v;

-- Change type of public.emp.salary to numeric(14,2) (binary coercible: no rewrite) [ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.emp ALTER COLUMN salary TYPE numeric(14,2);

-- Create view public.v
CREATE VIEW public.v AS
SELECT id,
    salary
   FROM public.emp;
-- @reverse
-- Drop view public.v
DROP VIEW public.v;

-- Change type of public.emp.salary to numeric(10,2) [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.emp ALTER COLUMN salary TYPE numeric(10,2);

-- Create view public.v
CREATE VIEW public.v AS
SELECT id,
    salary
   FROM public.emp;
