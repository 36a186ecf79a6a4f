-- Golden plans of rls/enable.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Enable row level security on public.doc
ALTER TABLE public.doc ENABLE ROW LEVEL SECURITY;
-- @reverse
-- Disable row level security on public.doc
ALTER TABLE public.doc DISABLE ROW LEVEL SECURITY;
