-- Golden plans of partitions/create_partitioned_table.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create table public.event
CREATE TABLE public.event (
    id bigint NOT NULL,
    at date NOT NULL,
    kind text,
    CONSTRAINT event_pkey PRIMARY KEY (id, at)
) PARTITION BY RANGE (at);

-- Create table public.event_2024 as a partition of public.event
CREATE TABLE public.event_2024 PARTITION OF public.event FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

-- Create table public.event_2025 as a partition of public.event
CREATE TABLE public.event_2025 PARTITION OF public.event FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
-- @reverse
-- warning: DATA_LOSS public.event: table is dropped with all its rows
-- warning: DATA_LOSS public.event_2024: table is dropped with all its rows
-- warning: DATA_LOSS public.event_2025: table is dropped with all its rows
-- Drop table public.event_2024 [DATA LOSS]
DROP TABLE public.event_2024;

-- Drop table public.event_2025 [DATA LOSS]
DROP TABLE public.event_2025;

-- Drop table public.event [DATA LOSS]
DROP TABLE public.event;
