-- The statistics target changes (in place) on one object; the kinds of another change (dropped and created again).
-- @from
CREATE TABLE city (id int PRIMARY KEY, zip text, name text, region text);
CREATE STATISTICS s_target ON zip, name FROM city;
CREATE STATISTICS s_kinds (ndistinct) ON zip, region FROM city;
-- @to
CREATE TABLE city (id int PRIMARY KEY, zip text, name text, region text);
CREATE STATISTICS s_target ON zip, name FROM city;
ALTER STATISTICS s_target SET STATISTICS 1000;
CREATE STATISTICS s_kinds (ndistinct, mcv) ON zip, region FROM city;
