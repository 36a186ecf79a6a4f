-- The inner view of a chain drops a column: the outer view must be dropped and recreated around it.
-- @from
CREATE TABLE emp (id integer PRIMARY KEY, name text NOT NULL, salary numeric(10,2), dept text, active boolean DEFAULT true);

CREATE VIEW inner_v AS SELECT id, name, dept FROM emp;
CREATE VIEW outer_v AS SELECT id, name FROM inner_v;
-- @to
CREATE TABLE emp (id integer PRIMARY KEY, name text NOT NULL, salary numeric(10,2), dept text, active boolean DEFAULT true);

CREATE VIEW inner_v AS SELECT id, name FROM emp;
CREATE VIEW outer_v AS SELECT id, name FROM inner_v;
