-- A column of a statistics object changes type: the statistics object is dropped before and created again after,
-- with its target; the rows keep their values.
-- @from
CREATE TABLE city (id int PRIMARY KEY, zip int, name text);
CREATE STATISTICS city_zip_name ON zip, name FROM city;
ALTER STATISTICS city_zip_name SET STATISTICS 200;
-- @rows
INSERT INTO city VALUES (1, 10115, 'Berlin');
-- @to
CREATE TABLE city (id int PRIMARY KEY, zip bigint, name text);
CREATE STATISTICS city_zip_name ON zip, name FROM city;
ALTER STATISTICS city_zip_name SET STATISTICS 200;
