-- A view whose query reads a view of the same name in another schema.
-- @from
CREATE TABLE t (id int);
-- @to
CREATE TABLE t (id int);
CREATE VIEW v AS SELECT id FROM t;
CREATE SCHEMA app;
CREATE VIEW app.v AS SELECT id FROM public.v;
