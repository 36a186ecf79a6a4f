-- FOR ALL TABLES cannot be altered: switching to a table list drops and creates the publication again.
-- @expect-sql-contains DROP PUBLICATION pub
-- @from
CREATE TABLE a (id int PRIMARY KEY);
CREATE PUBLICATION pub FOR ALL TABLES;
-- @to
CREATE TABLE a (id int PRIMARY KEY);
CREATE PUBLICATION pub FOR TABLE a;
