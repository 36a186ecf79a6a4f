-- Golden plans of quoting/spaces_and_punctuation.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create schema my schema
CREATE SCHEMA "my schema";

-- Create enum my schema.an enum
CREATE TYPE "my schema"."an enum" AS ENUM ('x y', 'z');

-- Create table my schema.odd table.name
CREATE TABLE "my schema"."odd table.name" (
    "a column" integer,
    "quote""d" text,
    "semi;colon" text
);

-- Comment on table my schema.odd table.name
COMMENT ON TABLE "my schema"."odd table.name" IS 'spaces; "quotes" and an apostrophe: it''s';
-- @reverse
-- warning: DATA_LOSS my schema.odd table.name: table is dropped with all its rows
-- Drop table my schema.odd table.name [DATA LOSS]
DROP TABLE "my schema"."odd table.name";

-- Drop enum my schema.an enum
DROP TYPE "my schema"."an enum";

-- Drop schema my schema
DROP SCHEMA "my schema";
