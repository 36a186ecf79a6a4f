-- Publications appear: for a list of tables with publish options, and for all tables; tables keep their rows.
-- @expect-sql-contains CREATE PUBLICATION orders_pub
-- @expect-sql-contains ALTER PUBLICATION orders_pub SET TABLE public.customers, public.orders
-- @expect-sql-contains CREATE PUBLICATION everything FOR ALL TABLES
-- @from
CREATE TABLE customers (id int PRIMARY KEY, name text);
CREATE TABLE orders (id int PRIMARY KEY, customer int);
-- @rows
INSERT INTO customers VALUES (1, 'a');
INSERT INTO orders VALUES (1, 1);
-- @to
CREATE TABLE customers (id int PRIMARY KEY, name text);
CREATE TABLE orders (id int PRIMARY KEY, customer int);
CREATE PUBLICATION orders_pub FOR TABLE orders, customers WITH (publish = 'insert, update');
COMMENT ON PUBLICATION orders_pub IS 'orders for the warehouse';
CREATE PUBLICATION everything FOR ALL TABLES;
