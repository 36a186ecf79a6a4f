-- Built CONCURRENTLY so that a busy orders table keeps taking writes while the index builds.
-- Cairn detects this and runs the file outside a transaction, one statement at a time.
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_user_id_created_at_idx ON orders (user_id, created_at DESC);
