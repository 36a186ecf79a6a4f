-- A foreign table (columns with NOT NULL, a default, a collation; table and column options) appears with a view
-- over it and a comment; a local table keeps its rows.
-- @expect-sql-contains CREATE FOREIGN TABLE public.remote_items
-- @expect-sql-contains name text OPTIONS (column_name 'item_name') COLLATE pg_catalog."C"
-- @from
CREATE EXTENSION postgres_fdw;
CREATE SERVER remote FOREIGN DATA WRAPPER postgres_fdw OPTIONS (dbname 'app');
CREATE TABLE local_items (id int PRIMARY KEY);
-- @rows
INSERT INTO local_items VALUES (1), (2);
-- @to
CREATE EXTENSION postgres_fdw;
CREATE SERVER remote FOREIGN DATA WRAPPER postgres_fdw OPTIONS (dbname 'app');
CREATE TABLE local_items (id int PRIMARY KEY);
CREATE FOREIGN TABLE remote_items (
    id integer NOT NULL,
    name text OPTIONS (column_name 'item_name') COLLATE "C",
    qty integer DEFAULT 1
) SERVER remote OPTIONS (schema_name 'inventory', table_name 'items');
COMMENT ON FOREIGN TABLE remote_items IS 'items, read from the inventory database';
CREATE VIEW all_items AS SELECT id FROM local_items UNION ALL SELECT id FROM remote_items;
