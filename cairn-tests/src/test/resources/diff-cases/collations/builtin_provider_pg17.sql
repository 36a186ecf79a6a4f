-- A collation of the builtin provider (PostgreSQL 17+) on an existing column, whose rows survive.
-- @from
CREATE TABLE word (w text);
-- @rows
INSERT INTO word VALUES ('b'), ('A');
-- @to
CREATE COLLATION c_utf8 (provider = builtin, locale = 'C.UTF-8');
CREATE TABLE word (w text COLLATE c_utf8);
