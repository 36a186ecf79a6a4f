-- A view moves from one table to another; the first table is dropped.
-- @from
CREATE TABLE a (id integer);
CREATE TABLE b (id integer);
CREATE VIEW v AS SELECT id FROM a;
-- @to
CREATE TABLE b (id integer);
CREATE VIEW v AS SELECT id FROM b;
