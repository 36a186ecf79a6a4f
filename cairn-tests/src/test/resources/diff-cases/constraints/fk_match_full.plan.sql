-- Golden plans of constraints/fk_match_full.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop foreign key child_fk on public.child
ALTER TABLE public.child DROP CONSTRAINT child_fk;

-- Add foreign key child_fk on public.child [SCANS TABLE, BLOCKS WRITES]
ALTER TABLE public.child ADD CONSTRAINT child_fk FOREIGN KEY (pa, pb) REFERENCES public.parent(a, b) MATCH FULL;
-- @reverse
-- Drop foreign key child_fk on public.child
ALTER TABLE public.child DROP CONSTRAINT child_fk;

-- Add foreign key child_fk on public.child [SCANS TABLE, BLOCKS WRITES]
ALTER TABLE public.child ADD CONSTRAINT child_fk FOREIGN KEY (pa, pb) REFERENCES public.parent(a, b);
