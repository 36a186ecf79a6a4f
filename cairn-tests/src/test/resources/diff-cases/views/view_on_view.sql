-- A view over a view over a table, created from nothing.
-- @from
-- @to
CREATE TABLE emp (id integer PRIMARY KEY, name text NOT NULL, salary numeric(10,2), dept text, active boolean DEFAULT true);

CREATE VIEW active_emp AS SELECT * FROM emp WHERE active;
CREATE VIEW active_names AS SELECT name FROM active_emp ORDER BY name;
