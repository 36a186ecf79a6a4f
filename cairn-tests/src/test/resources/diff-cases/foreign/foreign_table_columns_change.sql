-- A foreign table's columns change: it holds no rows here, so it is dropped and created again, and the view over it
-- is rebuilt around it; its options are part of its definition; the local table keeps its rows.
-- @expect-sql-contains DROP VIEW public.remote_view
-- @expect-sql-contains DROP FOREIGN TABLE public.remote_items
-- @from
CREATE EXTENSION postgres_fdw;
CREATE SERVER remote FOREIGN DATA WRAPPER postgres_fdw;
CREATE TABLE local_items (id int PRIMARY KEY);
CREATE FOREIGN TABLE remote_items (id integer, name text) SERVER remote OPTIONS (table_name 'items');
CREATE VIEW remote_view AS SELECT id FROM remote_items;
-- @rows
INSERT INTO local_items VALUES (1), (2);
-- @to
CREATE EXTENSION postgres_fdw;
CREATE SERVER remote FOREIGN DATA WRAPPER postgres_fdw;
CREATE TABLE local_items (id int PRIMARY KEY);
CREATE FOREIGN TABLE remote_items (id bigint, name text, price numeric) SERVER remote OPTIONS (table_name 'items_v2');
CREATE VIEW remote_view AS SELECT id FROM remote_items;
