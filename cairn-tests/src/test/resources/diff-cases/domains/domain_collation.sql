-- A domain over text with a collation.
-- @from
CREATE DOMAIN name_t AS text;
-- @to
CREATE DOMAIN name_t AS text COLLATE "C";
