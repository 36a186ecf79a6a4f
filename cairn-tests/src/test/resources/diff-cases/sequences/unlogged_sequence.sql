-- An UNLOGGED sequence (PostgreSQL 15+).
-- @from
CREATE SEQUENCE s;
-- @to
CREATE UNLOGGED SEQUENCE s;
