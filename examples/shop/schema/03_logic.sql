CREATE FUNCTION touch_updated_at() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER products_touch BEFORE UPDATE ON products FOR EACH ROW EXECUTE FUNCTION touch_updated_at();
CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch_updated_at();

CREATE VIEW order_totals AS
SELECT o.id AS order_id,
       o.user_id,
       o.status,
       coalesce(sum(i.quantity * i.unit_price_cents), 0) AS total_cents,
       count(i.product_id) AS line_count
FROM orders o
LEFT JOIN order_items i ON i.order_id = o.id
GROUP BY o.id;
COMMENT ON VIEW order_totals IS 'One row per order with its total; used by the account page.';

CREATE FUNCTION product_search(term text)
RETURNS SETOF products
LANGUAGE sql STABLE AS $$
    SELECT * FROM products
    WHERE active AND (name ILIKE '%' || term || '%' OR sku ILIKE term || '%')
    ORDER BY name;
$$;
