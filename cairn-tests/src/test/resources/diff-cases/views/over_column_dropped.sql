-- A view stops using a column that is then dropped.
-- @expect-warning data-loss
-- @expect-revert-warning column-order
-- @from
CREATE TABLE emp (id integer PRIMARY KEY, name text NOT NULL, salary numeric(10,2), dept text, active boolean DEFAULT true);
CREATE VIEW v AS SELECT id, dept FROM emp;
-- @to
CREATE TABLE emp (id integer PRIMARY KEY, name text NOT NULL, salary numeric(10,2), active boolean DEFAULT true);
CREATE VIEW v AS SELECT id FROM emp;
