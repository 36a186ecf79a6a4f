-- An ICU collation with tailoring rules (PostgreSQL 16+), used by a column: created before the table.
-- @from
-- @to
CREATE COLLATION b_first (provider = icu, locale = 'und', rules = '&a < b');
CREATE TABLE word (w text COLLATE b_first);
