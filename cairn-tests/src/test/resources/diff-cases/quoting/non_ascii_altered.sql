-- A non-ASCII column changes type and gains a comment.
-- @from
CREATE TABLE "Bücher" (id integer PRIMARY KEY, größe integer);
-- @to
CREATE TABLE "Bücher" (id integer PRIMARY KEY, größe numeric(8,2));
COMMENT ON COLUMN "Bücher".größe IS 'Größe in cm';
