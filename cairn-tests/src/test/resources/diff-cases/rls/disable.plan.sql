-- Golden plans of rls/disable.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Disable row level security on public.doc
ALTER TABLE public.doc DISABLE ROW LEVEL SECURITY;
-- @reverse
-- Enable row level security on public.doc
ALTER TABLE public.doc ENABLE ROW LEVEL SECURITY;
