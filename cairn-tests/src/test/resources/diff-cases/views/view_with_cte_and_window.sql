-- A complex query: CTE, window function, join, aggregate.
-- @from
CREATE TABLE emp (id integer PRIMARY KEY, name text NOT NULL, salary numeric(10,2), dept text, active boolean DEFAULT true);
-- @to
CREATE TABLE emp (id integer PRIMARY KEY, name text NOT NULL, salary numeric(10,2), dept text, active boolean DEFAULT true);

CREATE VIEW dept_rank AS
WITH d AS (SELECT dept, sum(salary) AS total FROM emp GROUP BY dept)
SELECT e.id, e.name, e.dept, d.total, rank() OVER (PARTITION BY e.dept ORDER BY e.salary DESC) AS r
FROM emp e JOIN d ON d.dept = e.dept;
