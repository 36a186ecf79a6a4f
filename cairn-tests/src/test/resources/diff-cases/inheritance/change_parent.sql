-- A table moves from one parent to another: NO INHERIT the old one first (its columns and check stay the table's
-- own), gets the new parent's column and check, then INHERIT the new one. Rows survive.
-- @expect-sql-contains ALTER TABLE public.book NO INHERIT public.item
-- @expect-sql-contains ALTER TABLE public.book INHERIT public.product
-- @expect-warning column-order
-- @from
CREATE TABLE item (id integer NOT NULL, CONSTRAINT item_id_check CHECK (id > 0));
CREATE TABLE product (id integer NOT NULL, sku text, CONSTRAINT product_sku_check CHECK (sku <> ''));
CREATE TABLE book (isbn text) INHERITS (item);
-- @to
CREATE TABLE item (id integer NOT NULL, CONSTRAINT item_id_check CHECK (id > 0));
CREATE TABLE product (id integer NOT NULL, sku text, CONSTRAINT product_sku_check CHECK (sku <> ''));
CREATE TABLE book (isbn text, CONSTRAINT item_id_check CHECK (id > 0)) INHERITS (product);
-- @rows
INSERT INTO book (id, isbn) VALUES (1, 'v1');
