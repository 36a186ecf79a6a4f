-- A matview over a view.
-- @from
CREATE TABLE emp (id integer PRIMARY KEY, name text NOT NULL, salary numeric(10,2), dept text, active boolean DEFAULT true);
-- @to
CREATE TABLE emp (id integer PRIMARY KEY, name text NOT NULL, salary numeric(10,2), dept text, active boolean DEFAULT true);
CREATE VIEW active_emp AS SELECT * FROM emp WHERE active;
CREATE MATERIALIZED VIEW m AS SELECT count(*) AS n FROM active_emp;
