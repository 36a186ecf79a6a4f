-- Golden plans of publications/row_filters_and_schemas_pg15.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Set tables of publication audit_pub to TABLE public.orders WHERE ((id > 0)), TABLES IN SCHEMA audit
ALTER PUBLICATION audit_pub SET TABLE public.orders WHERE ((id > 0)), TABLES IN SCHEMA audit;

-- Set tables of publication pub to TABLE public.orders (id, status) WHERE ((status <> 'draft'::text))
ALTER PUBLICATION pub SET TABLE public.orders (id, status) WHERE ((status <> 'draft'::text));
-- @reverse
-- Remove tables of publication audit_pub
ALTER PUBLICATION audit_pub DROP TABLE public.orders, TABLES IN SCHEMA audit;

-- Set tables of publication pub to TABLE public.orders
ALTER PUBLICATION pub SET TABLE public.orders;
