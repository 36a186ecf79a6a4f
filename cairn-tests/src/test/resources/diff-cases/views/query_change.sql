-- The query changes but the columns stay (CREATE OR REPLACE VIEW).
-- @from
CREATE TABLE emp (id integer PRIMARY KEY, name text NOT NULL, salary numeric(10,2), dept text, active boolean DEFAULT true);
CREATE VIEW active_emp AS SELECT id, name FROM emp WHERE active;
-- @to
CREATE TABLE emp (id integer PRIMARY KEY, name text NOT NULL, salary numeric(10,2), dept text, active boolean DEFAULT true);
CREATE VIEW active_emp AS SELECT id, name FROM emp WHERE active AND salary > 0;
