-- Golden plans of constraints/constraint_rename_is_drop_add.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Rename constraint old_name on public.t to new_name
ALTER TABLE public.t RENAME CONSTRAINT old_name TO new_name;
-- @reverse
-- Rename constraint new_name on public.t to old_name
ALTER TABLE public.t RENAME CONSTRAINT new_name TO old_name;
