-- WITH LOCAL CHECK OPTION → CASCADED.
-- @from
CREATE TABLE emp (id integer PRIMARY KEY, name text NOT NULL, salary numeric(10,2), dept text, active boolean DEFAULT true);
CREATE VIEW v AS SELECT * FROM emp WHERE active WITH LOCAL CHECK OPTION;
-- @to
CREATE TABLE emp (id integer PRIMARY KEY, name text NOT NULL, salary numeric(10,2), dept text, active boolean DEFAULT true);
CREATE VIEW v AS SELECT * FROM emp WHERE active WITH CASCADED CHECK OPTION;
