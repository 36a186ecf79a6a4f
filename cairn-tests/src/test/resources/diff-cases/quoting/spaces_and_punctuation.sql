-- Names with spaces, dots, quotes and semicolons.
-- @from
-- @to
CREATE SCHEMA "my schema";
CREATE TABLE "my schema"."odd table.name" ("a column" integer, "quote""d" text, "semi;colon" text);
CREATE TYPE "my schema"."an enum" AS ENUM ('x y', 'z');
COMMENT ON TABLE "my schema"."odd table.name" IS 'spaces; "quotes" and an apostrophe: it''s';
