-- Issue 10: range types whose subtype is a composite type, a table's row type and a view's row type. Created after
-- the type, table or view; dropped before them (a range type is otherwise dropped with the types, last).
-- @from
CREATE TABLE keep (id int);
-- @rows
INSERT INTO keep VALUES (1);
-- @to
CREATE TABLE keep (id int);
CREATE TYPE pair AS (a int, b int);
CREATE TYPE pair_range AS RANGE (subtype = pair);
CREATE TABLE pt (x int, y int);
CREATE TYPE pt_range AS RANGE (subtype = pt);
CREATE VIEW spot AS SELECT 1 AS x, 2 AS y;
CREATE TYPE spot_range AS RANGE (subtype = spot);
CREATE TABLE uses (id int, r pair_range, p pt_range);
