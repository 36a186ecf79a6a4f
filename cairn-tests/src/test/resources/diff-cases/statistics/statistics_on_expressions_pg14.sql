-- Statistics on expressions (PostgreSQL 14+) in another schema, on a new table.
-- @from
-- @to
CREATE SCHEMA geo;
CREATE TABLE geo.city (id int PRIMARY KEY, zip text, name text);
CREATE STATISTICS geo.city_expr ON lower(name), (zip || name) FROM geo.city;
