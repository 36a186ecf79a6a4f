-- Golden plans of partitions/default_partition.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create table public.event_other as a partition of public.event
CREATE TABLE public.event_other PARTITION OF public.event DEFAULT;
-- @reverse
-- warning: DATA_LOSS public.event_other: table is dropped with all its rows
-- Drop table public.event_other [DATA LOSS]
DROP TABLE public.event_other;
