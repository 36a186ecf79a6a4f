-- A matview query changes: drop and recreate.
-- @from
CREATE TABLE emp (id integer PRIMARY KEY, name text NOT NULL, salary numeric(10,2), dept text, active boolean DEFAULT true);
CREATE MATERIALIZED VIEW m AS SELECT dept, sum(salary) AS total FROM emp GROUP BY dept;
-- @to
CREATE TABLE emp (id integer PRIMARY KEY, name text NOT NULL, salary numeric(10,2), dept text, active boolean DEFAULT true);
CREATE MATERIALIZED VIEW m AS SELECT dept, avg(salary) AS total FROM emp GROUP BY dept;
