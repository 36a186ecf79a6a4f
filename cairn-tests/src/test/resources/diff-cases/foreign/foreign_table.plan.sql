-- Golden plans of foreign/foreign_table.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create foreign table public.remote_items
CREATE FOREIGN TABLE public.remote_items (id integer NOT NULL, name text OPTIONS (column_name 'item_name') COLLATE pg_catalog."C", qty integer DEFAULT 1) SERVER remote OPTIONS (schema_name 'inventory', table_name 'items');

-- Create view public.all_items
CREATE VIEW public.all_items AS
SELECT local_items.id
   FROM public.local_items
UNION ALL
 SELECT remote_items.id
   FROM public.remote_items;

-- Comment on foreign table public.remote_items
COMMENT ON FOREIGN TABLE public.remote_items IS 'items, read from the inventory database';
-- @reverse
-- Drop view public.all_items
DROP VIEW public.all_items;

-- Drop foreign table public.remote_items
DROP FOREIGN TABLE public.remote_items;
