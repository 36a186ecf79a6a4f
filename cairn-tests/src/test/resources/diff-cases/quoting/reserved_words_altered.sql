-- Altering columns named by reserved words.
-- @from
CREATE TABLE "order" ("select" integer PRIMARY KEY, "from" text);
-- @to
CREATE TABLE "order" ("select" bigint PRIMARY KEY, "from" varchar(10) NOT NULL DEFAULT 'x', "limit" integer);
