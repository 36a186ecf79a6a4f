-- A column type change under a chain of two views.
-- @from
CREATE TABLE emp (id integer PRIMARY KEY, name text NOT NULL, salary numeric(10,2), dept text, active boolean DEFAULT true);

CREATE VIEW inner_v AS SELECT id, name FROM emp;
CREATE VIEW outer_v AS SELECT id, upper(name) AS name FROM inner_v;
-- @to
CREATE TABLE emp (id bigint PRIMARY KEY, name text NOT NULL, salary numeric(10,2), dept text, active boolean DEFAULT true);

CREATE VIEW inner_v AS SELECT id, name FROM emp;
CREATE VIEW outer_v AS SELECT id, upper(name) AS name FROM inner_v;
