-- Golden plans of constraints/not_null_named_rename_pg18.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Rename constraint t_id_not_null on public.t to id_required
ALTER TABLE public.t RENAME CONSTRAINT t_id_not_null TO id_required;
-- @reverse
-- Rename constraint id_required on public.t to t_id_not_null
ALTER TABLE public.t RENAME CONSTRAINT id_required TO t_id_not_null;
