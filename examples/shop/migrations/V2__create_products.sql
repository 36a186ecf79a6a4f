CREATE TABLE products (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku         varchar(32) NOT NULL UNIQUE,
    name        text NOT NULL,
    description text,
    price_cents integer NOT NULL CHECK (price_cents >= 0),
    stock       integer NOT NULL DEFAULT 0 CHECK (stock >= 0),
    active      boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

-- Seed a few products so that a fresh local database is usable at once.
INSERT INTO products (sku, name, description, price_cents, stock) VALUES
    ('MUG-001', 'Cairn mug', 'Stoneware; holds 350 ml of coffee', 1400, 120),
    ('TEE-002', 'Cairn T-shirt', E'Organic cotton\nSizes S-XL', 2500, 60),
    ('CAP-003', 'Trail cap', 'It''s waterproof; really', 1900, 35);
