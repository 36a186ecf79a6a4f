-- Golden plans of partitions/detach_keeps_index.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Detach partition public.event_2025 from public.event
ALTER TABLE public.event DETACH PARTITION public.event_2025;
-- @reverse
-- Attach partition public.event_2025 to public.event [SCANS TABLE]
ALTER TABLE public.event ATTACH PARTITION public.event_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
