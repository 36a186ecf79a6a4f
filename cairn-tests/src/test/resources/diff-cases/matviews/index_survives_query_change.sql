-- A matview with indexes has its query changed: indexes must be recreated after.
-- @from
CREATE TABLE emp (id integer PRIMARY KEY, name text NOT NULL, salary numeric(10,2), dept text, active boolean DEFAULT true);
CREATE MATERIALIZED VIEW m AS SELECT dept, sum(salary) AS total FROM emp GROUP BY dept;
CREATE UNIQUE INDEX m_dept_idx ON m (dept);
CREATE INDEX m_total_idx ON m (total DESC);
-- @to
CREATE TABLE emp (id integer PRIMARY KEY, name text NOT NULL, salary numeric(10,2), dept text, active boolean DEFAULT true);
CREATE MATERIALIZED VIEW m AS SELECT dept, max(salary) AS total FROM emp GROUP BY dept;
CREATE UNIQUE INDEX m_dept_idx ON m (dept);
CREATE INDEX m_total_idx ON m (total DESC);
