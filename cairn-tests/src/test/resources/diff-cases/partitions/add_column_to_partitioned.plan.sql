-- Golden plans of partitions/add_column_to_partitioned.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Add column public.event.source
ALTER TABLE public.event ADD COLUMN source text;
-- @reverse
-- warning: DATA_LOSS public.event.source: column is dropped with its values
-- Drop column public.event.source [DATA LOSS]
ALTER TABLE public.event DROP COLUMN source;
