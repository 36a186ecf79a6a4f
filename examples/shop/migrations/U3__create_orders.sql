-- Revert of V3: drops orders and everything that hangs off them.
DROP TRIGGER IF EXISTS orders_touch ON orders;
DROP TRIGGER IF EXISTS products_touch ON products;
DROP TRIGGER IF EXISTS users_touch ON users;
DROP FUNCTION IF EXISTS touch_updated_at();
DROP TABLE IF EXISTS order_items;
DROP TABLE IF EXISTS orders;
DROP TYPE IF EXISTS order_status;
