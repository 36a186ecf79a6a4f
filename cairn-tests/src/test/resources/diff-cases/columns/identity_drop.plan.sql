-- Golden plans of columns/identity_drop.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Stop public.item.n being an identity column
ALTER TABLE public.item ALTER COLUMN n DROP IDENTITY;
-- @reverse
-- Make public.item.n an identity column
ALTER TABLE public.item ALTER COLUMN n ADD GENERATED ALWAYS AS IDENTITY;
