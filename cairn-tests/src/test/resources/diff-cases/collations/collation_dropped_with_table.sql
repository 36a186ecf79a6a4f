-- A table and the collation of one of its columns are dropped: the table first, then the collation.
-- @from
CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE TABLE tag (name text COLLATE ci PRIMARY KEY);
CREATE TABLE keep (id int);
-- @to
CREATE TABLE keep (id int);
