-- Golden plans of constraints/fk_not_valid_to_valid.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Validate foreign key child_parent_fk on public.child (existing rows are checked; writes go on) [SCANS TABLE]
ALTER TABLE public.child VALIDATE CONSTRAINT child_parent_fk;
-- @reverse
-- Drop foreign key child_parent_fk on public.child
ALTER TABLE public.child DROP CONSTRAINT child_parent_fk;

-- Add foreign key child_parent_fk on public.child (not validated: existing rows are not checked) [BLOCKS WRITES]
ALTER TABLE public.child ADD CONSTRAINT child_parent_fk FOREIGN KEY (parent_id) REFERENCES public.parent(id) NOT VALID;
