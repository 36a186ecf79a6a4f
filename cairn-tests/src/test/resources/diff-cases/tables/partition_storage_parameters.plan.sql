-- Golden plans of tables/partition_storage_parameters.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create table public.measure_2025 as a partition of public.measure
CREATE TABLE public.measure_2025 PARTITION OF public.measure FOR VALUES FROM ('2025-01-01') TO ('2026-01-01') WITH (autovacuum_enabled=false);

-- Set storage parameters of public.measure_2024
ALTER TABLE public.measure_2024 SET (fillfactor=80);
-- @reverse
-- warning: DATA_LOSS public.measure_2025: table is dropped with all its rows
-- Drop table public.measure_2025 [DATA LOSS]
DROP TABLE public.measure_2025;

-- Set storage parameters of public.measure_2024
ALTER TABLE public.measure_2024 RESET (fillfactor);
