-- Reserved words as names: table "order", columns "select", "from", "user".
-- @from
-- @to
CREATE TABLE "order" ("select" integer PRIMARY KEY, "from" text, "user" text DEFAULT 'x', "table" boolean);
CREATE INDEX "where" ON "order" ("from");
CREATE VIEW "group" AS SELECT "select", "from" FROM "order";
