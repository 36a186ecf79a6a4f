-- A view column is removed: CREATE OR REPLACE cannot, the view must be dropped and recreated.
-- @from
CREATE TABLE emp (id integer PRIMARY KEY, name text NOT NULL, salary numeric(10,2), dept text, active boolean DEFAULT true);
CREATE VIEW v AS SELECT id, name, dept FROM emp;
-- @to
CREATE TABLE emp (id integer PRIMARY KEY, name text NOT NULL, salary numeric(10,2), dept text, active boolean DEFAULT true);
CREATE VIEW v AS SELECT id, name FROM emp;
