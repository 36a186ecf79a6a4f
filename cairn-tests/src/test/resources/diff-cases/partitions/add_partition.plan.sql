-- Golden plans of partitions/add_partition.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create table public.event_2025 as a partition of public.event
CREATE TABLE public.event_2025 PARTITION OF public.event FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
-- @reverse
-- warning: DATA_LOSS public.event_2025: table is dropped with all its rows
-- Drop table public.event_2025 [DATA LOSS]
DROP TABLE public.event_2025;
