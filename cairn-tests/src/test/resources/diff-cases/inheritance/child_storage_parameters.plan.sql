-- Golden plans of inheritance/child_storage_parameters.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Set storage parameters of public.item
ALTER TABLE public.item RESET (fillfactor);

-- Set storage parameters of public.book
ALTER TABLE public.book SET (fillfactor=60);
-- @reverse
-- Set storage parameters of public.item
ALTER TABLE public.item SET (fillfactor=70);

-- Set storage parameters of public.book
ALTER TABLE public.book RESET (fillfactor);
