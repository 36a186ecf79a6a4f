-- Mixed-case identifiers need quoting everywhere.
-- @from
CREATE TABLE "UserAccount" ("Id" integer PRIMARY KEY, "eMail" text);
-- @to
CREATE TABLE "UserAccount" ("Id" integer PRIMARY KEY, "eMail" text NOT NULL, "DisplayName" text);
CREATE INDEX "UserAccount_eMail_Idx" ON "UserAccount" ("eMail");
