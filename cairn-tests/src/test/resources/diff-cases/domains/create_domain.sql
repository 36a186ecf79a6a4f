-- A domain with a check appears and a column uses it.
-- @from
-- @to
CREATE DOMAIN positive_int AS integer CHECK (VALUE > 0);
CREATE TABLE t (id integer PRIMARY KEY, n positive_int);
