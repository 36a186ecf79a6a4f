-- Extended statistics (two kinds, on two columns) with a statistics target and a comment, on an existing table.
-- @from
CREATE TABLE city (id int PRIMARY KEY, zip text, name text);
-- @rows
INSERT INTO city VALUES (1, '10115', 'Berlin');
-- @to
CREATE TABLE city (id int PRIMARY KEY, zip text, name text);
CREATE STATISTICS city_zip_name (ndistinct, dependencies) ON zip, name FROM city;
ALTER STATISTICS city_zip_name SET STATISTICS 500;
COMMENT ON STATISTICS city_zip_name IS 'zip decides name';
