-- Golden plans of partitions/attached_index_custom_names.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create index public.event_at_idx on public.event [BLOCKS WRITES]
CREATE INDEX event_at_idx ON ONLY public.event USING btree (at);

-- Create index public.at_2024 on public.event_2024 [BLOCKS WRITES]
CREATE INDEX at_2024 ON public.event_2024 USING btree (at);

-- Attach index public.at_2024 to public.event_at_idx
ALTER INDEX public.event_at_idx ATTACH PARTITION public.at_2024;

-- Create index public.at_2025 on public.event_2025 [BLOCKS WRITES]
CREATE INDEX at_2025 ON public.event_2025 USING btree (at);

-- Attach index public.at_2025 to public.event_at_idx
ALTER INDEX public.event_at_idx ATTACH PARTITION public.at_2025;

-- Create index public.at_2026 on public.event_2026 [BLOCKS WRITES]
CREATE INDEX at_2026 ON ONLY public.event_2026 USING btree (at);

-- Attach index public.at_2026 to public.event_at_idx
ALTER INDEX public.event_at_idx ATTACH PARTITION public.at_2026;

-- Create index public.event_2026_a_at_idx on public.event_2026_a [BLOCKS WRITES]
CREATE INDEX event_2026_a_at_idx ON public.event_2026_a USING btree (at);

-- Attach index public.event_2026_a_at_idx to public.at_2026
ALTER INDEX public.at_2026 ATTACH PARTITION public.event_2026_a_at_idx;

-- Create index public.event_2026_rest_at_idx on public.event_2026_rest [BLOCKS WRITES]
CREATE INDEX event_2026_rest_at_idx ON public.event_2026_rest USING btree (at);

-- Attach index public.event_2026_rest_at_idx to public.at_2026
ALTER INDEX public.at_2026 ATTACH PARTITION public.event_2026_rest_at_idx;

-- Create index public.event_kind_idx on public.event [BLOCKS WRITES]
CREATE INDEX event_kind_idx ON ONLY public.event USING btree (kind);

-- Create index public.by_kind_2024 on public.event_2024 [BLOCKS WRITES]
CREATE INDEX by_kind_2024 ON public.event_2024 USING btree (kind);

-- Attach index public.by_kind_2024 to public.event_kind_idx
ALTER INDEX public.event_kind_idx ATTACH PARTITION public.by_kind_2024;

-- Create index public.by_kind_2025 on public.event_2025 [BLOCKS WRITES]
CREATE INDEX by_kind_2025 ON public.event_2025 USING btree (kind);

-- Attach index public.by_kind_2025 to public.event_kind_idx
ALTER INDEX public.event_kind_idx ATTACH PARTITION public.by_kind_2025;

-- Create index public.event_2026_kind_idx on public.event_2026 [BLOCKS WRITES]
CREATE INDEX event_2026_kind_idx ON ONLY public.event_2026 USING btree (kind);

-- Attach index public.event_2026_kind_idx to public.event_kind_idx
ALTER INDEX public.event_kind_idx ATTACH PARTITION public.event_2026_kind_idx;

-- Create index public.by_kind_2026_a on public.event_2026_a [BLOCKS WRITES]
CREATE INDEX by_kind_2026_a ON public.event_2026_a USING btree (kind);

-- Attach index public.by_kind_2026_a to public.event_2026_kind_idx
ALTER INDEX public.event_2026_kind_idx ATTACH PARTITION public.by_kind_2026_a;

-- Create index public.event_2026_rest_kind_idx on public.event_2026_rest [BLOCKS WRITES]
CREATE INDEX event_2026_rest_kind_idx ON public.event_2026_rest USING btree (kind);

-- Attach index public.event_2026_rest_kind_idx to public.event_2026_kind_idx
ALTER INDEX public.event_2026_kind_idx ATTACH PARTITION public.event_2026_rest_kind_idx;
-- @reverse
-- Drop index public.event_at_idx
DROP INDEX public.event_at_idx;

-- Drop index public.event_kind_idx
DROP INDEX public.event_kind_idx;
