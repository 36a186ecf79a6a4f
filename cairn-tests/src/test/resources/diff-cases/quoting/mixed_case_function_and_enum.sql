-- Mixed-case function and enum names.
-- @from
-- @to
CREATE TYPE "Status" AS ENUM ('Open', 'Closed');
CREATE FUNCTION "IsOpen"(s "Status") RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT s = 'Open' $$;
CREATE TABLE "Ticket" (id integer, st "Status" DEFAULT 'Open' CHECK ("IsOpen"(st) OR st = 'Closed'));
