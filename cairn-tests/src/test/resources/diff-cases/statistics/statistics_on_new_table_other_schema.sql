-- A new table in a new schema with extended statistics and a comment on them: created after the table; back, the
-- statistics object goes with (and before) it.
-- @from
-- @to
CREATE SCHEMA geo;
CREATE TABLE geo.place (id int PRIMARY KEY, country text, city text);
CREATE STATISTICS geo.place_country_city (dependencies) ON country, city FROM geo.place;
COMMENT ON STATISTICS geo.place_country_city IS 'city implies country';
