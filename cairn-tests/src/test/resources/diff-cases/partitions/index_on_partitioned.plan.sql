-- Golden plans of partitions/index_on_partitioned.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create index public.event_kind_idx on public.event [BLOCKS WRITES]
CREATE INDEX event_kind_idx ON ONLY public.event USING btree (kind);

-- Create index public.event_2024_kind_idx on public.event_2024 [BLOCKS WRITES]
CREATE INDEX event_2024_kind_idx ON public.event_2024 USING btree (kind);

-- Attach index public.event_2024_kind_idx to public.event_kind_idx
ALTER INDEX public.event_kind_idx ATTACH PARTITION public.event_2024_kind_idx;
-- @reverse
-- Drop index public.event_kind_idx
DROP INDEX public.event_kind_idx;
