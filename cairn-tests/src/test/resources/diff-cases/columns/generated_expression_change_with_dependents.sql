-- Issue 10: a generated column's expression changes while an index, a check, a unique constraint referenced by a
-- foreign key of another table, a comment and a view hang on it. From PostgreSQL 17 the expression is set in place
-- (ALTER COLUMN … SET EXPRESSION keeps all of it, and the column's position); before, the column is dropped and added
-- again around them. The values stay the same here (the new expression computes the same), so the rows survive.
-- @from
CREATE TABLE item (id integer PRIMARY KEY, a integer, b integer, note text, s integer GENERATED ALWAYS AS (a + b) STORED);
CREATE INDEX item_s_idx ON item (s);
ALTER TABLE item ADD CONSTRAINT item_s_positive CHECK (s >= 0);
ALTER TABLE item ADD CONSTRAINT item_s_key UNIQUE (id, s);
COMMENT ON COLUMN item.s IS 'the sum';
CREATE TABLE line (id integer PRIMARY KEY, item_id integer, item_s integer,
    CONSTRAINT line_item_fk FOREIGN KEY (item_id, item_s) REFERENCES item (id, s));
CREATE VIEW item_sums AS SELECT id, s FROM item;
-- @rows
INSERT INTO item (id, a, b, note) VALUES (1, 1, 2, 'x'), (2, 3, 4, 'y');
INSERT INTO line (id, item_id, item_s) VALUES (1, 1, 3), (2, 2, 7);
-- @to
CREATE TABLE item (id integer PRIMARY KEY, a integer, b integer, note text, s integer GENERATED ALWAYS AS (b + a) STORED);
CREATE INDEX item_s_idx ON item (s);
ALTER TABLE item ADD CONSTRAINT item_s_positive CHECK (s >= 0);
ALTER TABLE item ADD CONSTRAINT item_s_key UNIQUE (id, s);
COMMENT ON COLUMN item.s IS 'the sum';
CREATE TABLE line (id integer PRIMARY KEY, item_id integer, item_s integer,
    CONSTRAINT line_item_fk FOREIGN KEY (item_id, item_s) REFERENCES item (id, s));
CREATE VIEW item_sums AS SELECT id, s FROM item;
