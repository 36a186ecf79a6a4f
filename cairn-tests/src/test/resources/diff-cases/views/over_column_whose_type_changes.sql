-- The table column under a view changes type: the view must be dropped before and recreated after.
-- @from
CREATE TABLE emp (id integer PRIMARY KEY, name text NOT NULL, salary numeric(10,2), dept text, active boolean DEFAULT true);
CREATE VIEW v AS SELECT id, salary FROM emp;
-- @to
CREATE TABLE emp (id integer PRIMARY KEY, name text NOT NULL, salary numeric(14,2), dept text, active boolean DEFAULT true);
CREATE VIEW v AS SELECT id, salary FROM emp;
