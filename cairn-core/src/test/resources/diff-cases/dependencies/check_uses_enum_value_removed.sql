-- A check constraint compares with an enum label that is removed.
-- @known-failure the revert adds an enum value and uses it in a check constraint in the same transaction: unsafe use of new value
-- @from
CREATE TYPE st AS ENUM ('a', 'b', 'c');
CREATE TABLE t (s st CHECK (s <> 'c'));
-- @to
CREATE TYPE st AS ENUM ('a', 'b');
CREATE TABLE t (s st);
