-- PostgreSQL allows a table with no columns.
-- @from
-- @to
CREATE TABLE empty_one ();
