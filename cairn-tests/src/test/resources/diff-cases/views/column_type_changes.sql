-- A view column changes type: needs drop/create.
-- @from
CREATE TABLE emp (id integer PRIMARY KEY, name text NOT NULL, salary numeric(10,2), dept text, active boolean DEFAULT true);
CREATE VIEW v AS SELECT id, salary FROM emp;
-- @to
CREATE TABLE emp (id integer PRIMARY KEY, name text NOT NULL, salary numeric(10,2), dept text, active boolean DEFAULT true);
CREATE VIEW v AS SELECT id, salary::integer AS salary FROM emp;
