-- A column in a table with a spaced name changes.
-- @from
CREATE TABLE "odd table" ("a column" integer);
-- @to
CREATE TABLE "odd table" ("a column" bigint DEFAULT 0, "another column" text);
