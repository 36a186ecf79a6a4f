-- A column a statistics object uses is dropped with it: the statistics object first.
-- @from
CREATE TABLE city (id int PRIMARY KEY, zip text, name text);
CREATE STATISTICS city_zip_name ON zip, name FROM city;
-- @rows
INSERT INTO city VALUES (1, '10115', 'Berlin');
-- @to
CREATE TABLE city (id int PRIMARY KEY, zip text);
