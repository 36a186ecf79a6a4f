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
