-- Declaration order differs but the schema is the same: no change.
-- @from
CREATE TABLE c (id integer);
CREATE TABLE a (id integer);
CREATE TABLE b (id integer);
-- @to
CREATE TABLE a (id integer);
CREATE TABLE b (id integer);
CREATE TABLE c (id integer);
