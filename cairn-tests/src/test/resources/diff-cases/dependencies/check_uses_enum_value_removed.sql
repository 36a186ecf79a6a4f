-- A check constraint compares with an enum label that is removed.
-- @from
CREATE TYPE st AS ENUM ('a', 'b', 'c');
CREATE TABLE t (s st CHECK (s <> 'c'));
-- @to
CREATE TYPE st AS ENUM ('a', 'b');
CREATE TABLE t (s st);
