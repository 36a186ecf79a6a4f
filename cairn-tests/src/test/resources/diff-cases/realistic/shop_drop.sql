-- An e-commerce schema to nothing.
-- @expect-warning data-loss
-- @from
CREATE SCHEMA shop;
CREATE TYPE shop.order_status AS ENUM ('cart', 'placed', 'paid', 'shipped', 'cancelled');
CREATE DOMAIN shop.money_amount AS numeric(12,2) CHECK (VALUE >= 0);
CREATE TABLE shop.customer (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email text NOT NULL,
    name text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT customer_email_key UNIQUE (email)
);
CREATE TABLE shop.product (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku varchar(32) NOT NULL UNIQUE,
    title text NOT NULL,
    price shop.money_amount NOT NULL,
    tags text[] NOT NULL DEFAULT '{}',
    attrs jsonb
);
CREATE INDEX product_tags_idx ON shop.product USING gin (tags);
CREATE TABLE shop."order" (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id bigint NOT NULL REFERENCES shop.customer (id) ON DELETE RESTRICT,
    status shop.order_status NOT NULL DEFAULT 'cart',
    placed_at timestamptz,
    CONSTRAINT order_placed_has_time CHECK (status = 'cart' OR placed_at IS NOT NULL)
);
CREATE INDEX order_customer_idx ON shop."order" (customer_id, placed_at DESC);
CREATE TABLE shop.order_line (
    order_id bigint NOT NULL REFERENCES shop."order" (id) ON DELETE CASCADE,
    line_no integer NOT NULL,
    product_id bigint NOT NULL REFERENCES shop.product (id),
    qty integer NOT NULL CHECK (qty > 0),
    unit_price shop.money_amount NOT NULL,
    line_total numeric(14,2) GENERATED ALWAYS AS (qty * unit_price) STORED,
    PRIMARY KEY (order_id, line_no)
);
CREATE VIEW shop.order_total AS
    SELECT o.id, o.customer_id, o.status, coalesce(sum(l.line_total), 0) AS total
    FROM shop."order" o LEFT JOIN shop.order_line l ON l.order_id = o.id
    GROUP BY o.id;
CREATE MATERIALIZED VIEW shop.customer_revenue AS
    SELECT customer_id, sum(total) AS revenue FROM shop.order_total WHERE status IN ('paid', 'shipped') GROUP BY customer_id;
CREATE UNIQUE INDEX customer_revenue_pk ON shop.customer_revenue (customer_id);
CREATE FUNCTION shop.place_order(p_order bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    UPDATE shop."order" SET status = 'placed', placed_at = now() WHERE id = p_order AND status = 'cart';
    IF NOT FOUND THEN
        RAISE EXCEPTION 'order % is not a cart', p_order;
    END IF;
END;
$$;
COMMENT ON TABLE shop."order" IS 'Customer orders';
COMMENT ON COLUMN shop.order_line.line_total IS 'qty × unit price';
-- @to
