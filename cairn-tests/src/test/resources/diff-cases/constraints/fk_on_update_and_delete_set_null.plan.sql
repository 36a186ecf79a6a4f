-- Golden plans of constraints/fk_on_update_and_delete_set_null.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop foreign key child_parent_fk on public.child
ALTER TABLE public.child DROP CONSTRAINT child_parent_fk;

-- Add foreign key child_parent_fk on public.child [SCANS TABLE, BLOCKS WRITES]
ALTER TABLE public.child ADD CONSTRAINT child_parent_fk FOREIGN KEY (parent_id) REFERENCES public.parent(id) ON UPDATE CASCADE ON DELETE SET NULL;
-- @reverse
-- Drop foreign key child_parent_fk on public.child
ALTER TABLE public.child DROP CONSTRAINT child_parent_fk;

-- Add foreign key child_parent_fk on public.child [SCANS TABLE, BLOCKS WRITES]
ALTER TABLE public.child ADD CONSTRAINT child_parent_fk FOREIGN KEY (parent_id) REFERENCES public.parent(id) ON DELETE RESTRICT;
