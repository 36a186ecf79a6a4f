-- Golden plans of matviews/matview_column_comment.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Comment on column public.m.id
COMMENT ON COLUMN public.m.id IS 'the key';

-- Remove comment on column public.m.name
COMMENT ON COLUMN public.m.name IS NULL;
-- @reverse
-- Remove comment on column public.m.id
COMMENT ON COLUMN public.m.id IS NULL;

-- Comment on column public.m.name
COMMENT ON COLUMN public.m.name IS 'old';
