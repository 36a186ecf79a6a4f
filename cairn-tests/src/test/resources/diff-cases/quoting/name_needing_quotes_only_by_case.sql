-- Lower-case name vs a quoted upper-case one: two different tables.
-- @from
CREATE TABLE item (id integer);
-- @to
CREATE TABLE item (id integer);
CREATE TABLE "ITEM" (id integer);
