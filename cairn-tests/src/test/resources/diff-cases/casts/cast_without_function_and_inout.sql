-- Casts without a function: between binary-coercible built-in types (WITHOUT FUNCTION) and from a user type through
-- its text form (WITH INOUT, AS IMPLICIT).
-- @from
CREATE TYPE mood AS ENUM ('sad', 'ok');
-- @to
CREATE TYPE mood AS ENUM ('sad', 'ok');
CREATE CAST (xid AS int4) WITHOUT FUNCTION;
CREATE CAST (mood AS text) WITH INOUT AS IMPLICIT;
