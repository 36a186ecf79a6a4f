-- A column of an extension type: extension before table.
-- @from
-- @to
CREATE EXTENSION citext;
CREATE TABLE u (email citext PRIMARY KEY);
