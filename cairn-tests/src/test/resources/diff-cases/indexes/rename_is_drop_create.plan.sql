-- Golden plans of indexes/rename_is_drop_create.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Rename index public.a_idx to b_idx
ALTER INDEX public.a_idx RENAME TO b_idx;
-- @reverse
-- Rename index public.b_idx to a_idx
ALTER INDEX public.b_idx RENAME TO a_idx;
