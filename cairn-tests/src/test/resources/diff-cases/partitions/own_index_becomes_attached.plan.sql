-- Golden plans of partitions/own_index_becomes_attached.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create index public.event_kind_idx on public.event [BLOCKS WRITES]
CREATE INDEX event_kind_idx ON ONLY public.event USING btree (kind);

-- Attach index public.own_kind to public.event_kind_idx
ALTER INDEX public.event_kind_idx ATTACH PARTITION public.own_kind;
-- @reverse
-- Drop index public.event_kind_idx
DROP INDEX public.event_kind_idx;

-- Create index public.own_kind on public.event_2024 [BLOCKS WRITES]
CREATE INDEX own_kind ON public.event_2024 USING btree (kind);
