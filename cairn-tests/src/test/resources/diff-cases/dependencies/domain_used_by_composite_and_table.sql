-- A domain check changes while a composite and a table use it.
-- @from
CREATE DOMAIN pos AS integer CHECK (VALUE > 0);
CREATE TYPE pair AS (a pos, b pos);
CREATE TABLE t (id integer, p pair, q pos);
-- @to
CREATE DOMAIN pos AS integer CHECK (VALUE >= 0);
CREATE TYPE pair AS (a pos, b pos);
CREATE TABLE t (id integer, p pair, q pos);
