-- A domain check changes while a composite and a table use it.
-- @known-failure ALTER DOMAIN ADD CONSTRAINT fails while a composite type attribute uses the domain (cannot alter type "pos" because column "t.p" uses it)
-- @from
CREATE DOMAIN pos AS integer CHECK (VALUE > 0);
CREATE TYPE pair AS (a pos, b pos);
CREATE TABLE t (id integer, p pair, q pos);
-- @to
CREATE DOMAIN pos AS integer CHECK (VALUE >= 0);
CREATE TYPE pair AS (a pos, b pos);
CREATE TABLE t (id integer, p pair, q pos);
