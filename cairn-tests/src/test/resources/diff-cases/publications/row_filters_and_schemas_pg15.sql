-- PostgreSQL 15: column lists, row filters and TABLES IN SCHEMA, changed with ALTER PUBLICATION SET.
-- @expect-sql-contains ALTER PUBLICATION pub SET TABLE public.orders (id, status) WHERE ((status <> 'draft'::text))
-- @expect-sql-contains ALTER PUBLICATION audit_pub SET TABLE public.orders WHERE ((id > 0)), TABLES IN SCHEMA audit
-- @expect-sql-not-contains DROP PUBLICATION
-- @from
CREATE SCHEMA audit;
CREATE TABLE orders (id int PRIMARY KEY, status text, secret text);
CREATE TABLE audit.log (id int PRIMARY KEY);
CREATE PUBLICATION pub FOR TABLE orders;
CREATE PUBLICATION audit_pub;
-- @rows
INSERT INTO orders VALUES (1, 'open', 'x');
-- @to
CREATE SCHEMA audit;
CREATE TABLE orders (id int PRIMARY KEY, status text, secret text);
CREATE TABLE audit.log (id int PRIMARY KEY);
CREATE PUBLICATION pub FOR TABLE orders (id, status) WHERE (status <> 'draft');
CREATE PUBLICATION audit_pub FOR TABLES IN SCHEMA audit, TABLE orders WHERE (id > 0);
