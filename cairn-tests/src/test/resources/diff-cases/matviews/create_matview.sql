-- A materialized view appears (WITH NO DATA or not, its definition is what matters).
-- @from
CREATE TABLE emp (id integer PRIMARY KEY, name text NOT NULL, salary numeric(10,2), dept text, active boolean DEFAULT true);
-- @to
CREATE TABLE emp (id integer PRIMARY KEY, name text NOT NULL, salary numeric(10,2), dept text, active boolean DEFAULT true);
CREATE MATERIALIZED VIEW dept_totals AS SELECT dept, sum(salary) AS total FROM emp GROUP BY dept;
