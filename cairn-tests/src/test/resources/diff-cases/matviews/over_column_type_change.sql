-- A table column under a matview changes type.
-- @from
CREATE TABLE emp (id integer PRIMARY KEY, name text NOT NULL, salary numeric(10,2), dept text, active boolean DEFAULT true);
CREATE MATERIALIZED VIEW m AS SELECT id, salary FROM emp;
CREATE INDEX m_salary_idx ON m (salary);
-- @to
CREATE TABLE emp (id integer PRIMARY KEY, name text NOT NULL, salary numeric(14,2), dept text, active boolean DEFAULT true);
CREATE MATERIALIZED VIEW m AS SELECT id, salary FROM emp;
CREATE INDEX m_salary_idx ON m (salary);
