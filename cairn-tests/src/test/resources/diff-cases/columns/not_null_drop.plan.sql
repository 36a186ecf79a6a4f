-- Golden plans of columns/not_null_drop.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Allow NULL in public.item.n
ALTER TABLE public.item ALTER COLUMN n DROP NOT NULL;
-- @reverse
-- Make public.item.n NOT NULL [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN n SET NOT NULL;
