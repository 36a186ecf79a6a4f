-- Golden plans of matviews/index_survives_query_change.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop materialized view public.m
DROP MATERIALIZED VIEW public.m;

-- Create materialized view public.m
CREATE MATERIALIZED VIEW public.m AS
SELECT dept,
    max(salary) AS total
   FROM public.emp
  GROUP BY dept;

-- Create unique index public.m_dept_idx on public.m
CREATE UNIQUE INDEX m_dept_idx ON public.m USING btree (dept);

-- Create index public.m_total_idx on public.m
CREATE INDEX m_total_idx ON public.m USING btree (total DESC);
-- @reverse
-- Drop materialized view public.m
DROP MATERIALIZED VIEW public.m;

-- Create materialized view public.m
CREATE MATERIALIZED VIEW public.m AS
SELECT dept,
    sum(salary) AS total
   FROM public.emp
  GROUP BY dept;

-- Create unique index public.m_dept_idx on public.m
CREATE UNIQUE INDEX m_dept_idx ON public.m USING btree (dept);

-- Create index public.m_total_idx on public.m
CREATE INDEX m_total_idx ON public.m USING btree (total DESC);
