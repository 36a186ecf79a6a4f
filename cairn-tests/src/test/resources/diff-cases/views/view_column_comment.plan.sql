-- Golden plans of views/view_column_comment.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Comment on column public.v.id
COMMENT ON COLUMN public.v.id IS 'the row key';

-- Comment on column public.v.name
COMMENT ON COLUMN public.v.name IS 'display name';

-- Remove comment on column public.v.note
COMMENT ON COLUMN public.v.note IS NULL;
-- @reverse
-- Comment on column public.v.id
COMMENT ON COLUMN public.v.id IS 'the key';

-- Remove comment on column public.v.name
COMMENT ON COLUMN public.v.name IS NULL;

-- Comment on column public.v.note
COMMENT ON COLUMN public.v.note IS 'free text';
