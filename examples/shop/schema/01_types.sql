-- The shop's desired schema. Edit these files, then run `cairn generate` to write the next migration.
CREATE TYPE user_role AS ENUM ('customer', 'staff', 'admin');
CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'cancelled');
