-- Golden plans of tables/create_with_storage.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create table public.cache
CREATE UNLOGGED TABLE public.cache (
    k text NOT NULL,
    v text,
    CONSTRAINT cache_pkey PRIMARY KEY (k)
) WITH (fillfactor=50, toast.autovacuum_enabled=false);

-- Create table public.log
CREATE TABLE public.log (
    id bigint,
    msg text
) WITH (autovacuum_analyze_threshold=1000, autovacuum_vacuum_scale_factor=0.01);
-- @reverse
-- warning: DATA_LOSS public.cache: table is dropped with all its rows
-- warning: DATA_LOSS public.log: table is dropped with all its rows
-- Drop table public.cache [DATA LOSS]
DROP TABLE public.cache;

-- Drop table public.log [DATA LOSS]
DROP TABLE public.log;
