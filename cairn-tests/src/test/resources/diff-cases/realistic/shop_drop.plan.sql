-- Golden plans of realistic/shop_drop.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: DATA_LOSS shop.customer: table is dropped with all its rows
-- warning: DATA_LOSS shop.order: table is dropped with all its rows
-- warning: DATA_LOSS shop.order_line: table is dropped with all its rows
-- warning: DATA_LOSS shop.product: table is dropped with all its rows
-- Drop materialized view shop.customer_revenue
DROP MATERIALIZED VIEW shop.customer_revenue;

-- Drop view shop.order_total
DROP VIEW shop.order_total;

-- Drop foreign key order_customer_id_fkey on shop.order
ALTER TABLE shop."order" DROP CONSTRAINT order_customer_id_fkey;

-- Drop foreign key order_line_order_id_fkey on shop.order_line
ALTER TABLE shop.order_line DROP CONSTRAINT order_line_order_id_fkey;

-- Drop foreign key order_line_product_id_fkey on shop.order_line
ALTER TABLE shop.order_line DROP CONSTRAINT order_line_product_id_fkey;

-- Drop function shop.place_order(p_order bigint)
DROP FUNCTION shop.place_order(p_order bigint);

-- Drop table shop.customer [DATA LOSS]
DROP TABLE shop.customer;

-- Drop table shop.order [DATA LOSS]
DROP TABLE shop."order";

-- Drop table shop.order_line [DATA LOSS]
DROP TABLE shop.order_line;

-- Drop table shop.product [DATA LOSS]
DROP TABLE shop.product;

-- Drop domain shop.money_amount
DROP DOMAIN shop.money_amount;

-- Drop enum shop.order_status
DROP TYPE shop.order_status;

-- Drop schema shop
DROP SCHEMA shop;
-- @reverse
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Create schema shop
CREATE SCHEMA shop;

-- Create domain shop.money_amount
CREATE DOMAIN shop.money_amount AS numeric(12,2) CONSTRAINT money_amount_check CHECK ((VALUE >= (0)::numeric));

-- Create enum shop.order_status
CREATE TYPE shop.order_status AS ENUM ('cart', 'placed', 'paid', 'shipped', 'cancelled');

-- Create function shop.place_order(p_order bigint)
CREATE OR REPLACE FUNCTION shop.place_order(p_order bigint)
 RETURNS void
 LANGUAGE plpgsql
AS $function$
BEGIN
    UPDATE shop."order" SET status = 'placed', placed_at = now() WHERE id = p_order AND status = 'cart';
    IF NOT FOUND THEN
        RAISE EXCEPTION 'order % is not a cart', p_order;
    END IF;
END;
$function$;

-- Create table shop.customer
CREATE TABLE shop.customer (
    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    email text NOT NULL,
    name text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT customer_email_key UNIQUE (email),
    CONSTRAINT customer_pkey PRIMARY KEY (id)
);

-- Create table shop.order
CREATE TABLE shop."order" (
    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    customer_id bigint NOT NULL,
    status shop.order_status DEFAULT 'cart'::shop.order_status NOT NULL,
    placed_at timestamp with time zone,
    CONSTRAINT order_pkey PRIMARY KEY (id),
    CONSTRAINT order_placed_has_time CHECK (((status = 'cart'::shop.order_status) OR (placed_at IS NOT NULL)))
);

-- Create table shop.order_line
CREATE TABLE shop.order_line (
    order_id bigint NOT NULL,
    line_no integer NOT NULL,
    product_id bigint NOT NULL,
    qty integer NOT NULL,
    unit_price shop.money_amount NOT NULL,
    line_total numeric(14,2) GENERATED ALWAYS AS (((qty)::numeric * (unit_price)::numeric)) STORED,
    CONSTRAINT order_line_pkey PRIMARY KEY (order_id, line_no),
    CONSTRAINT order_line_qty_check CHECK ((qty > 0))
);

-- Create table shop.product
CREATE TABLE shop.product (
    id bigint GENERATED ALWAYS AS IDENTITY NOT NULL,
    sku character varying(32) NOT NULL,
    title text NOT NULL,
    price shop.money_amount NOT NULL,
    tags text[] DEFAULT '{}'::text[] NOT NULL,
    attrs jsonb,
    CONSTRAINT product_pkey PRIMARY KEY (id),
    CONSTRAINT product_sku_key UNIQUE (sku)
);

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

-- Create unique index shop.customer_revenue_pk on shop.customer_revenue
CREATE UNIQUE INDEX customer_revenue_pk ON shop.customer_revenue USING btree (customer_id);

-- Create index shop.order_customer_idx on shop.order
CREATE INDEX order_customer_idx ON shop."order" USING btree (customer_id, placed_at DESC);

-- Create index shop.product_tags_idx on shop.product
CREATE INDEX product_tags_idx ON shop.product USING gin (tags);

-- Add foreign key order_customer_id_fkey on shop.order
ALTER TABLE shop."order" ADD CONSTRAINT order_customer_id_fkey FOREIGN KEY (customer_id) REFERENCES shop.customer(id) ON DELETE RESTRICT;

-- Add foreign key order_line_order_id_fkey on shop.order_line
ALTER TABLE shop.order_line ADD CONSTRAINT order_line_order_id_fkey FOREIGN KEY (order_id) REFERENCES shop."order"(id) ON DELETE CASCADE;

-- Add foreign key order_line_product_id_fkey on shop.order_line
ALTER TABLE shop.order_line ADD CONSTRAINT order_line_product_id_fkey FOREIGN KEY (product_id) REFERENCES shop.product(id);

-- Comment on table shop.order
COMMENT ON TABLE shop."order" IS 'Customer orders';

-- Comment on column shop.order_line.line_total
COMMENT ON COLUMN shop.order_line.line_total IS 'qty × unit price';
