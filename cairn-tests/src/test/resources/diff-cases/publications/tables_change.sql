-- A publication's tables and options change with ALTER PUBLICATION, not drop and create; a publication going from
-- some tables to none drops them.
-- @expect-sql-contains ALTER PUBLICATION pub SET TABLE public.a, public.c
-- @expect-sql-contains ALTER PUBLICATION emptied DROP TABLE public.b
-- @expect-sql-not-contains DROP PUBLICATION
-- @from
CREATE TABLE a (id int PRIMARY KEY);
CREATE TABLE b (id int PRIMARY KEY);
CREATE TABLE c (id int PRIMARY KEY);
CREATE PUBLICATION pub FOR TABLE a, b;
CREATE PUBLICATION emptied FOR TABLE b;
-- @rows
INSERT INTO a VALUES (1);
INSERT INTO b VALUES (2);
-- @to
CREATE TABLE a (id int PRIMARY KEY);
CREATE TABLE b (id int PRIMARY KEY);
CREATE TABLE c (id int PRIMARY KEY);
CREATE PUBLICATION pub FOR TABLE a, c WITH (publish = 'insert', publish_via_partition_root = true);
CREATE PUBLICATION emptied;
