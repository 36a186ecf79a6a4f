-- Golden plans of partitions/new_partition_custom_index_name.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create table public.event_2025 as a partition of public.event
CREATE TABLE public.event_2025 PARTITION OF public.event FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

-- Create table public.event_2026 as a partition of public.event
CREATE TABLE public.event_2026 PARTITION OF public.event FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

-- Name index public.kind_2025, created with partition public.event_2025 for public.event_kind_idx
DO $cairn$
DECLARE
    made regclass;
BEGIN
    SELECT i.inhrelid::regclass INTO made FROM pg_inherits i JOIN pg_index x ON x.indexrelid = i.inhrelid
    WHERE i.inhparent = 'public.event_kind_idx'::regclass AND x.indrelid = 'public.event_2025'::regclass;
    IF (SELECT relname FROM pg_class WHERE oid = made) <> 'kind_2025' THEN
        EXECUTE format('ALTER INDEX %s RENAME TO %I', made, 'kind_2025');
    END IF;
END
$cairn$;
-- @reverse
-- warning: DATA_LOSS public.event_2025: table is dropped with all its rows
-- warning: DATA_LOSS public.event_2026: table is dropped with all its rows
-- Drop table public.event_2025 [DATA LOSS]
DROP TABLE public.event_2025;

-- Drop table public.event_2026 [DATA LOSS]
DROP TABLE public.event_2026;
