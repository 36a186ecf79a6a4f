-- Tables with the same name in two schemas; only one changes.
-- @from
CREATE SCHEMA a;
CREATE SCHEMA b;
CREATE TABLE a.item (id integer);
CREATE TABLE b.item (id integer);
-- @to
CREATE SCHEMA a;
CREATE SCHEMA b;
CREATE TABLE a.item (id integer);
CREATE TABLE b.item (id integer, extra text);
