-- A domain over another user-defined domain, identical on both sides: the plan must be empty (it used to
-- compare as altered with no statements).
-- @from
CREATE DOMAIN a AS integer;
CREATE DOMAIN b AS a;
CREATE DOMAIN c AS a CHECK (VALUE > 0);
CREATE TABLE t (id integer PRIMARY KEY, v c);
-- @to
CREATE DOMAIN a AS integer;
CREATE DOMAIN b AS a;
CREATE DOMAIN c AS a CHECK (VALUE > 0);
CREATE TABLE t (id integer PRIMARY KEY, v c);
