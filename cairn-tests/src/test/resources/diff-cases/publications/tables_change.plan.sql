-- Golden plans of publications/tables_change.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Remove tables of publication emptied
ALTER PUBLICATION emptied DROP TABLE public.b;

-- Set options of publication pub to publish = 'insert', publish_via_partition_root = true
ALTER PUBLICATION pub SET (publish = 'insert', publish_via_partition_root = true);

-- Set tables of publication pub to TABLE public.a, public.c
ALTER PUBLICATION pub SET TABLE public.a, public.c;
-- @reverse
-- Set tables of publication emptied to TABLE public.b
ALTER PUBLICATION emptied SET TABLE public.b;

-- Set options of publication pub to publish = 'insert, update, delete, truncate', publish_via_partition_root = false
ALTER PUBLICATION pub SET (publish = 'insert, update, delete, truncate', publish_via_partition_root = false);

-- Set tables of publication pub to TABLE public.a, public.b
ALTER PUBLICATION pub SET TABLE public.a, public.b;
