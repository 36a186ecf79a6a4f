-- Customers and staff. Roles are an enum so that a typo cannot create a new one.
CREATE TYPE user_role AS ENUM ('customer', 'staff', 'admin');

CREATE TABLE users (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email       text NOT NULL,
    display_name text NOT NULL,
    role        user_role NOT NULL DEFAULT 'customer',
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT users_email_key UNIQUE (email),
    CONSTRAINT users_email_shape CHECK (email LIKE '%_@_%')
);

COMMENT ON TABLE users IS 'People who can sign in; staff and admins manage the catalogue.';
