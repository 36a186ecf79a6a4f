-- Golden plans of realistic/shop_evolves.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Add value 'delivered' to enum shop.order_status after 'shipped' [USABLE AFTER COMMIT]
ALTER TYPE shop.order_status ADD VALUE 'delivered' AFTER 'shipped';

-- @commit
-- Add column shop.product.discontinued
ALTER TABLE shop.product ADD COLUMN discontinued boolean DEFAULT false NOT NULL;

-- Replace view shop.order_total
CREATE OR REPLACE VIEW shop.order_total AS
SELECT o.id,
    o.customer_id,
    o.status,
    COALESCE(sum(l.line_total), 0::numeric) AS total,
    count(l.line_no) AS lines
   FROM shop."order" o
     LEFT JOIN shop.order_line l ON l.order_id = o.id
  GROUP BY o.id;

-- Create index shop.order_status_idx on shop.order [BLOCKS WRITES]
CREATE INDEX order_status_idx ON shop."order" USING btree (status) WHERE (status <> 'cart'::shop.order_status);
-- @reverse
-- warning: DATA_LOSS shop.order_status: enum values [delivered] are removed; rows holding them make the conversion fail
-- warning: DATA_LOSS shop.product.discontinued: column is dropped with its values
-- Drop materialized view shop.customer_revenue
DROP MATERIALIZED VIEW shop.customer_revenue;

-- Drop view shop.order_total
DROP VIEW shop.order_total;

-- Drop check constraint order_placed_has_time on shop.order
ALTER TABLE shop."order" DROP CONSTRAINT order_placed_has_time;

-- Drop index shop.order_status_idx
DROP INDEX shop.order_status_idx;

-- Drop column shop.product.discontinued [DATA LOSS]
ALTER TABLE shop.product DROP COLUMN discontinued;

-- Rebuild enum shop.order_status (values removed or reordered): move the old type aside
ALTER TYPE shop.order_status RENAME TO order_status__old;

-- Rebuild enum shop.order_status: create it with the new values
CREATE TYPE shop.order_status AS ENUM ('cart', 'placed', 'paid', 'shipped', 'cancelled');

-- Drop default of shop.order.status while its type is rebuilt
ALTER TABLE shop."order" ALTER COLUMN status DROP DEFAULT;

-- Convert shop.order.status to the rebuilt enum shop.order_status (fails on rows holding [delivered]) [DATA LOSS, REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE shop."order" ALTER COLUMN status TYPE shop.order_status USING status::text::shop.order_status;

-- Set default of shop.order.status
ALTER TABLE shop."order" ALTER COLUMN status SET DEFAULT 'cart'::shop.order_status;

-- Rebuild enum shop.order_status: drop the old type
DROP TYPE shop.order_status__old;

-- Create view shop.order_total
CREATE VIEW shop.order_total AS
SELECT o.id,
    o.customer_id,
    o.status,
    COALESCE(sum(l.line_total), 0::numeric) AS total
   FROM shop."order" o
     LEFT JOIN shop.order_line l ON l.order_id = o.id
  GROUP BY o.id;

-- Create materialized view shop.customer_revenue
CREATE MATERIALIZED VIEW shop.customer_revenue AS
SELECT customer_id,
    sum(total) AS revenue
   FROM shop.order_total
  WHERE status = ANY (ARRAY['paid'::shop.order_status, 'shipped'::shop.order_status])
  GROUP BY customer_id;

-- Add check constraint order_placed_has_time on shop.order [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE shop."order" ADD CONSTRAINT order_placed_has_time CHECK (((status = 'cart'::shop.order_status) OR (placed_at IS NOT NULL)));

-- Create unique index shop.customer_revenue_pk on shop.customer_revenue
CREATE UNIQUE INDEX customer_revenue_pk ON shop.customer_revenue USING btree (customer_id);
