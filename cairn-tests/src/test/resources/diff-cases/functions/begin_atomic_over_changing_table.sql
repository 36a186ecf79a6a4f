-- A BEGIN ATOMIC function depends on a column whose type changes: it must be dropped and recreated around it.
-- @from
CREATE TABLE t (id integer, v integer);
CREATE FUNCTION total() RETURNS bigint LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT sum(v) FROM t;
END;
-- @to
CREATE TABLE t (id integer, v bigint);
CREATE FUNCTION total() RETURNS numeric LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT sum(v) FROM t;
END;
