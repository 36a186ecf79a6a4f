-- A function taking the row type of a table.
-- @from
CREATE TABLE emp (id integer, salary numeric);
-- @to
CREATE TABLE emp (id integer, salary numeric);
CREATE FUNCTION bonus(e emp) RETURNS numeric LANGUAGE sql AS $$ SELECT e.salary * 0.1 $$;
