-- Golden plans of foreign/foreign_table_columns_change.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop view public.remote_view
DROP VIEW public.remote_view;

-- Drop foreign table public.remote_items
DROP FOREIGN TABLE public.remote_items;

-- Create foreign table public.remote_items
CREATE FOREIGN TABLE public.remote_items (id bigint, name text, price numeric) SERVER remote OPTIONS (table_name 'items_v2');

-- Create view public.remote_view
CREATE VIEW public.remote_view AS
SELECT id
   FROM public.remote_items;
-- @reverse
-- Drop view public.remote_view
DROP VIEW public.remote_view;

-- Drop foreign table public.remote_items
DROP FOREIGN TABLE public.remote_items;

-- Create foreign table public.remote_items
CREATE FOREIGN TABLE public.remote_items (id integer, name text) SERVER remote OPTIONS (table_name 'items');

-- Create view public.remote_view
CREATE VIEW public.remote_view AS
SELECT id
   FROM public.remote_items;
