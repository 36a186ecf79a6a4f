-- Non-ASCII identifiers (accents, CJK, emoji-free).
-- @from
-- @to
CREATE TABLE "Bücher" (id integer PRIMARY KEY, "título" text, "名前" text, größe numeric);
CREATE INDEX "Bücher_título_idx" ON "Bücher" ("título");
