-- Golden plans of matviews/index_add.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create unique index public.m_dept_idx on public.m [BLOCKS WRITES]
CREATE UNIQUE INDEX m_dept_idx ON public.m USING btree (dept);
-- @reverse
-- Drop index public.m_dept_idx
DROP INDEX public.m_dept_idx;
