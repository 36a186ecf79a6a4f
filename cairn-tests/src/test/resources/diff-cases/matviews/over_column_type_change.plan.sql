-- Golden plans of matviews/over_column_type_change.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop materialized view public.m
DROP MATERIALIZED VIEW public.m;

-- Change type of public.emp.salary to numeric(14,2) (binary coercible: no rewrite) [ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.emp ALTER COLUMN salary TYPE numeric(14,2);

-- Create materialized view public.m
CREATE MATERIALIZED VIEW public.m AS
SELECT id,
    salary
   FROM public.emp;

-- Create index public.m_salary_idx on public.m
CREATE INDEX m_salary_idx ON public.m USING btree (salary);
-- @reverse
-- Drop materialized view public.m
DROP MATERIALIZED VIEW public.m;

-- Change type of public.emp.salary to numeric(10,2) [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.emp ALTER COLUMN salary TYPE numeric(10,2);

-- Create materialized view public.m
CREATE MATERIALIZED VIEW public.m AS
SELECT id,
    salary
   FROM public.emp;

-- Create index public.m_salary_idx on public.m
CREATE INDEX m_salary_idx ON public.m USING btree (salary);
