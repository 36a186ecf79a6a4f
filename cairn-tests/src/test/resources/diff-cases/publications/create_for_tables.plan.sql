-- Golden plans of publications/create_for_tables.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create publication everything
CREATE PUBLICATION everything FOR ALL TABLES;

-- Create publication orders_pub
CREATE PUBLICATION orders_pub;

-- Set options of publication orders_pub
ALTER PUBLICATION orders_pub SET (publish = 'insert, update', publish_via_partition_root = false);

-- Set tables of publication orders_pub
ALTER PUBLICATION orders_pub SET TABLE public.customers, public.orders;

-- Comment on publication orders_pub
COMMENT ON PUBLICATION orders_pub IS 'orders for the warehouse';
-- @reverse
-- Drop publication everything
DROP PUBLICATION everything;

-- Drop publication orders_pub
DROP PUBLICATION orders_pub;
