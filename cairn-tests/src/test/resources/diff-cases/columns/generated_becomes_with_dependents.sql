-- Issue 10: a plain column becomes generated. PostgreSQL cannot make a column generated in place: it is dropped and
-- added again, and what hangs on it is dropped before and created again after: its index, check, unique constraint
-- and the foreign key of another table referencing that (without which DROP COLUMN refuses), its comment, the
-- trigger firing on its updates, the policy and the view reading it. Back, DROP EXPRESSION keeps all of it.
-- @expect-sql-contains ALTER TABLE public.item ADD COLUMN total integer GENERATED ALWAYS AS
-- @expect-revert-sql-contains DROP EXPRESSION
-- @from
CREATE TABLE item (id integer PRIMARY KEY, price integer, qty integer, total integer);
CREATE INDEX item_total_idx ON item (total);
ALTER TABLE item ADD CONSTRAINT item_total_positive CHECK (total >= 0);
ALTER TABLE item ADD CONSTRAINT item_total_key UNIQUE (id, total);
COMMENT ON COLUMN item.total IS 'price times quantity';
CREATE TABLE line (id integer PRIMARY KEY, item_id integer, item_total integer,
    CONSTRAINT line_item_fk FOREIGN KEY (item_id, item_total) REFERENCES item (id, total));
COMMENT ON CONSTRAINT line_item_fk ON line IS 'the line''s item';
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER item_total_touch BEFORE UPDATE OF total ON item FOR EACH ROW EXECUTE FUNCTION touch();
ALTER TABLE item ENABLE ROW LEVEL SECURITY;
CREATE POLICY item_small ON item USING (total < 1000);
CREATE VIEW item_totals AS SELECT id, total FROM item;
-- @rows
INSERT INTO item (id, price, qty, total) VALUES (1, 2, 3, 6), (2, 5, 2, 10);
INSERT INTO line (id, item_id, item_total) VALUES (1, 1, 6), (2, 2, 10);
-- @to
CREATE TABLE item (id integer PRIMARY KEY, price integer, qty integer,
    total integer GENERATED ALWAYS AS (price * qty) STORED);
CREATE INDEX item_total_idx ON item (total);
ALTER TABLE item ADD CONSTRAINT item_total_positive CHECK (total >= 0);
ALTER TABLE item ADD CONSTRAINT item_total_key UNIQUE (id, total);
COMMENT ON COLUMN item.total IS 'price times quantity';
CREATE TABLE line (id integer PRIMARY KEY, item_id integer, item_total integer,
    CONSTRAINT line_item_fk FOREIGN KEY (item_id, item_total) REFERENCES item (id, total));
COMMENT ON CONSTRAINT line_item_fk ON line IS 'the line''s item';
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER item_total_touch BEFORE UPDATE OF total ON item FOR EACH ROW EXECUTE FUNCTION touch();
ALTER TABLE item ENABLE ROW LEVEL SECURITY;
CREATE POLICY item_small ON item USING (total < 1000);
CREATE VIEW item_totals AS SELECT id, total FROM item;
