-- A SQL-standard body (BEGIN ATOMIC), which depends on the table it reads.
-- @from
CREATE TABLE t (id integer, v integer);
-- @to
CREATE TABLE t (id integer, v integer);
CREATE FUNCTION total() RETURNS bigint LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT sum(v) FROM t;
END;
