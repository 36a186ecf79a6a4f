-- Golden plans of partitions/partition_bound_change.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Detach partition public.event_2024 from public.event
ALTER TABLE public.event DETACH PARTITION public.event_2024;

-- Attach partition public.event_2024 to public.event [SCANS TABLE]
ALTER TABLE public.event ATTACH PARTITION public.event_2024 FOR VALUES FROM ('2024-01-01') TO ('2024-07-01');
-- @reverse
-- Detach partition public.event_2024 from public.event
ALTER TABLE public.event DETACH PARTITION public.event_2024;

-- Attach partition public.event_2024 to public.event [SCANS TABLE]
ALTER TABLE public.event ATTACH PARTITION public.event_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
