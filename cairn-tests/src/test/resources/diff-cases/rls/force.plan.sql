-- Golden plans of rls/force.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Force row level security on public.doc
ALTER TABLE public.doc FORCE ROW LEVEL SECURITY;
-- @reverse
-- Stop forcing row level security on public.doc
ALTER TABLE public.doc NO FORCE ROW LEVEL SECURITY;
