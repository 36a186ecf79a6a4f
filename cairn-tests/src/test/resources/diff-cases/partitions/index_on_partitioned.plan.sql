-- Golden plans of partitions/index_on_partitioned.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create index public.event_kind_idx on public.event [BLOCKS WRITES]
CREATE INDEX event_kind_idx ON public.event USING btree (kind);
-- @reverse
-- Drop index public.event_kind_idx
DROP INDEX public.event_kind_idx;
