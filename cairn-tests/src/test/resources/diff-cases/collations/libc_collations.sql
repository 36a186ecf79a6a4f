-- libc collations, one with the same LC_COLLATE and LC_CTYPE (written as locale) and one with both; a new table
-- and a view column using them.
-- @from
-- @to
CREATE SCHEMA app;
CREATE COLLATION app.c_plain (locale = 'C');
CREATE COLLATION app.c_mixed (lc_collate = 'C', lc_ctype = 'POSIX');
CREATE TABLE app.code (id int, code text COLLATE app.c_plain, label varchar(20) COLLATE app.c_mixed);
CREATE VIEW app.code_sorted AS SELECT id, code COLLATE app.c_mixed AS code FROM app.code;
