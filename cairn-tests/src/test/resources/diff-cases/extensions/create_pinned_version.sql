-- An extension is created at the version the schema has, not the server's default (citext 1.4 exists on 13–18),
-- with a column of its type and rows.
-- @expect-sql-contains CREATE EXTENSION citext SCHEMA public VERSION '1.4'
-- @from
CREATE TABLE keep (id int);
-- @rows
INSERT INTO keep VALUES (1);
-- @to
CREATE EXTENSION citext VERSION '1.4';
CREATE TABLE keep (id int);
CREATE TABLE t (name citext);
