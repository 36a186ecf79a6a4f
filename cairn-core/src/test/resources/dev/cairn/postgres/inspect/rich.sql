-- A schema with every object kind Cairn's catalog models. Loaded statement by statement.
CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE EXTENSION IF NOT EXISTS citext;

CREATE SCHEMA app;
COMMENT ON SCHEMA app IS 'application objects';
CREATE SCHEMA "Mixed Case";

CREATE TYPE app.mood AS ENUM ('sad', 'ok', 'happy');
ALTER TYPE app.mood ADD VALUE 'meh' BEFORE 'ok';
COMMENT ON TYPE app.mood IS 'how it feels';

CREATE DOMAIN app.positive_int AS integer NOT NULL DEFAULT 1
    CONSTRAINT positive CHECK (VALUE > 0) CONSTRAINT small CHECK (VALUE < 1000000);
COMMENT ON DOMAIN app.positive_int IS 'a positive number';
CREATE DOMAIN app.email AS citext COLLATE "C" CHECK (VALUE ~ '@');

CREATE TYPE app.address AS (street text, city varchar(80) COLLATE "C", zip app.positive_int);
COMMENT ON TYPE app.address IS 'postal address';

CREATE TYPE app.floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);

CREATE SEQUENCE app.invoice_no AS integer START WITH 1000 INCREMENT BY 5 MINVALUE 10 MAXVALUE 99999 CACHE 3 CYCLE;
COMMENT ON SEQUENCE app.invoice_no IS 'invoice numbers';

CREATE FUNCTION app.next_code(prefix text) RETURNS text
    LANGUAGE sql STABLE
    RETURN prefix || '-' || nextval('app.invoice_no')::text;

CREATE FUNCTION app.add_one(i integer) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT
BEGIN ATOMIC
    SELECT i + 1;
END;
COMMENT ON FUNCTION app.add_one(integer) IS 'adds one';

CREATE TABLE app.customers (
    id bigint GENERATED ALWAYS AS IDENTITY (START WITH 100 INCREMENT BY 10 CACHE 5) PRIMARY KEY,
    "Full Name" text NOT NULL,
    email app.email,
    mood app.mood DEFAULT 'ok',
    moods app.mood[],
    home app.address,
    score app.positive_int,
    code text DEFAULT app.next_code('C'),
    name_upper text GENERATED ALWAYS AS (upper("Full Name")) STORED,
    nick text COLLATE "C",
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT customers_email_key UNIQUE NULLS NOT DISTINCT (email)
);
ALTER TABLE app.customers ADD CONSTRAINT score_check CHECK (score > 1) NOT VALID;
COMMENT ON TABLE app.customers IS 'people who buy';
COMMENT ON COLUMN app.customers."Full Name" IS 'as written';
COMMENT ON CONSTRAINT score_check ON app.customers IS 'scores above one';

CREATE TABLE app."order" (
    "select" integer NOT NULL,
    customer_id bigint NOT NULL,
    invoice integer DEFAULT nextval('app.invoice_no'),
    during tstzrange,
    total numeric(12,2) DEFAULT 0 CHECK (total >= 0),
    CONSTRAINT order_pkey PRIMARY KEY ("select") INCLUDE (total),
    CONSTRAINT order_customer_fk FOREIGN KEY (customer_id) REFERENCES app.customers (id)
        MATCH FULL ON DELETE CASCADE ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT no_overlap EXCLUDE USING gist (customer_id WITH =, during WITH &&)
);
ALTER SEQUENCE app.invoice_no OWNED BY app."order".invoice;

CREATE UNIQUE INDEX order_total_idx ON app."order" (total DESC NULLS FIRST, lower(customer_id::text)) INCLUDE (invoice)
    WHERE total > 0;
COMMENT ON INDEX app.order_total_idx IS 'big orders';
CREATE INDEX customers_nick_idx ON app.customers USING hash (nick);
CREATE INDEX customers_name_pattern ON app.customers (nick text_pattern_ops);

CREATE TABLE app.events (id bigserial, at date NOT NULL, payload jsonb) PARTITION BY RANGE (at);
CREATE TABLE app.events_2024 PARTITION OF app.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE app.events_default PARTITION OF app.events DEFAULT;
CREATE INDEX events_at_idx ON app.events (at);
ALTER TABLE app.events ADD PRIMARY KEY (id, at);

CREATE UNLOGGED TABLE "Mixed Case"."Ünïcødé Table" ("Çolumn" text PRIMARY KEY);

CREATE VIEW app.customer_names WITH (security_barrier = true) AS
    SELECT c.id, c."Full Name" AS name, app.add_one(c.score) AS next_score FROM app.customers c WHERE c.mood <> 'sad';
COMMENT ON VIEW app.customer_names IS 'who is not sad';

CREATE MATERIALIZED VIEW app.order_totals AS
    SELECT customer_id, sum(total) AS total FROM app."order" GROUP BY customer_id;
CREATE UNIQUE INDEX order_totals_customer ON app.order_totals (customer_id);

CREATE PROCEDURE app.touch(IN who bigint, INOUT n integer DEFAULT 0)
    LANGUAGE plpgsql SECURITY DEFINER
AS $$
BEGIN
    n := n + 1;
END
$$;

CREATE FUNCTION app.check_total() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RETURN NEW;
END
$$;

CREATE TRIGGER order_check BEFORE INSERT OR UPDATE OF total ON app."order"
    FOR EACH ROW WHEN (NEW.total > 100) EXECUTE FUNCTION app.check_total();
COMMENT ON TRIGGER order_check ON app."order" IS 'checks totals';
CREATE CONSTRAINT TRIGGER order_deferred AFTER INSERT ON app."order"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION app.check_total();
ALTER TABLE app."order" DISABLE TRIGGER order_check;

ALTER TABLE app.customers ENABLE ROW LEVEL SECURITY;
ALTER TABLE app.customers FORCE ROW LEVEL SECURITY;
CREATE POLICY own_rows ON app.customers AS RESTRICTIVE FOR UPDATE TO PUBLIC
    USING (mood <> 'sad') WITH CHECK (score > 5);
COMMENT ON POLICY own_rows ON app.customers IS 'only happy rows';
