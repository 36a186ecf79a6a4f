-- Golden plans of partitions/sub_partitions.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create table public.metric_2024 as a partition of public.metric
CREATE TABLE public.metric_2024 PARTITION OF public.metric FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') PARTITION BY LIST (kind);

-- Create table public.metric_2024_a as a partition of public.metric_2024
CREATE TABLE public.metric_2024_a PARTITION OF public.metric_2024 FOR VALUES IN ('a');

-- Create table public.metric_2024_rest as a partition of public.metric_2024
CREATE TABLE public.metric_2024_rest PARTITION OF public.metric_2024 DEFAULT;
-- @reverse
-- warning: DATA_LOSS public.metric_2024: table is dropped with all its rows
-- warning: DATA_LOSS public.metric_2024_a: table is dropped with all its rows
-- warning: DATA_LOSS public.metric_2024_rest: table is dropped with all its rows
-- Drop table public.metric_2024_a [DATA LOSS]
DROP TABLE public.metric_2024_a;

-- Drop table public.metric_2024_rest [DATA LOSS]
DROP TABLE public.metric_2024_rest;

-- Drop table public.metric_2024 [DATA LOSS]
DROP TABLE public.metric_2024;
