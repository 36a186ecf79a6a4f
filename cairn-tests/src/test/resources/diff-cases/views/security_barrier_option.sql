-- A view gains security_barrier.
-- @from
CREATE TABLE emp (id integer PRIMARY KEY, name text NOT NULL, salary numeric(10,2), dept text, active boolean DEFAULT true);
CREATE VIEW v AS SELECT id FROM emp;
-- @to
CREATE TABLE emp (id integer PRIMARY KEY, name text NOT NULL, salary numeric(10,2), dept text, active boolean DEFAULT true);
CREATE VIEW v WITH (security_barrier = true) AS SELECT id FROM emp;
