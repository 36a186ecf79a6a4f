-- Golden plans of matviews/matview_with_no_data.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create materialized view public.m
CREATE MATERIALIZED VIEW public.m AS
SELECT id
   FROM public.t
WITH NO DATA;

-- Create index public.m_id on public.m
CREATE INDEX m_id ON public.m USING btree (id);
-- @reverse
-- Drop materialized view public.m
DROP MATERIALIZED VIEW public.m;
