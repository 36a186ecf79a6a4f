-- A domain over another user-defined domain gains a comment and a default: only those change.
-- @expect-sql-not-contains RENAME TO
-- @from
CREATE DOMAIN a AS integer;
CREATE DOMAIN b AS a;
CREATE TABLE t (id integer PRIMARY KEY, v b);
-- @to
CREATE DOMAIN a AS integer;
CREATE DOMAIN b AS a DEFAULT 1;
COMMENT ON DOMAIN b IS 'positive amount';
CREATE TABLE t (id integer PRIMARY KEY, v b);
