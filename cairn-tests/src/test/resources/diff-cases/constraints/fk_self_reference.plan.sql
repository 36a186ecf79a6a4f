-- Golden plans of constraints/fk_self_reference.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Add foreign key node_parent_id_fkey on public.node [SCANS TABLE, BLOCKS WRITES]
ALTER TABLE public.node ADD CONSTRAINT node_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES public.node(id) ON DELETE CASCADE;
-- @reverse
-- Drop foreign key node_parent_id_fkey on public.node
ALTER TABLE public.node DROP CONSTRAINT node_parent_id_fkey;
