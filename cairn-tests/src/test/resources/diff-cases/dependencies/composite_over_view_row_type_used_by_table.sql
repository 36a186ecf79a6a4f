-- Issue 10: a composite type over a view's row type, used by a table's column: created view, type, then table (the
-- view reads another table); dropped the other way round. A second table keeps a column of the composite while the
-- view is kept, and gains one (ADD COLUMN after the type exists).
-- @from
CREATE TABLE base (id int, label text);
CREATE VIEW v AS SELECT id, label FROM base;
CREATE TYPE c AS (x v, n int);
CREATE TABLE keep (id int);
-- @rows
INSERT INTO base VALUES (1, 'one');
INSERT INTO keep VALUES (1);
-- @to
CREATE TABLE base (id int, label text);
CREATE VIEW v AS SELECT id, label FROM base;
CREATE TYPE c AS (x v, n int);
CREATE TABLE keep (id int, w c);
CREATE VIEW other AS SELECT 1 AS one;
CREATE TYPE d AS (x other, n int);
CREATE TABLE holder (id int, w d, ws d[]);
