-- A domain disappears together with its column.
-- @from
CREATE DOMAIN positive_int AS integer CHECK (VALUE > 0);
CREATE TABLE t (id integer PRIMARY KEY, n positive_int);
-- @to
CREATE TABLE t (id integer PRIMARY KEY);
-- @rows
INSERT INTO t (id, n) VALUES (1, 1), (2, 2);
