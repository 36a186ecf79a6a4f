-- Parents and children with names that need quoting, in different schemas: created, renamed in place, left.
-- @expect-warning column-order
-- @from
CREATE SCHEMA "My Schema";
CREATE SCHEMA archive;
CREATE TABLE "My Schema"."Item" ("Id" integer NOT NULL, "Name" text, CONSTRAINT "Id positive" CHECK ("Id" > 0));
CREATE TABLE archive."Old.Items" (note text) INHERITS ("My Schema"."Item");
-- @to
CREATE SCHEMA "My Schema";
CREATE SCHEMA archive;
CREATE TABLE "My Schema"."Item" ("Id" integer NOT NULL, "Name" text, "Added" date, CONSTRAINT "Id positive" CHECK ("Id" > 0));
CREATE TABLE archive."Old.Items" (note text) INHERITS ("My Schema"."Item");
CREATE TABLE archive."Book ""2020""" () INHERITS ("My Schema"."Item", archive."Old.Items");
-- @rows
INSERT INTO archive."Old.Items" ("Id", "Name", note) VALUES (1, 'v1', 'v2');
