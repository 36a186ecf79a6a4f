-- A table moves to another schema (drop + create without hints; ALTER TABLE SET SCHEMA would keep the data).
-- @from
CREATE SCHEMA old_s;
CREATE SCHEMA new_s;
CREATE TABLE old_s.t (id integer);
-- @to
CREATE SCHEMA old_s;
CREATE SCHEMA new_s;
CREATE TABLE new_s.t (id integer);
