-- Golden plans of quoting/mixed_case_function_and_enum.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Create enum public.Status
CREATE TYPE public."Status" AS ENUM ('Open', 'Closed');

-- Create function public.IsOpen(s public."Status")
CREATE OR REPLACE FUNCTION public."IsOpen"(s public."Status")
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT s = 'Open' $function$;

-- Create table public.Ticket
CREATE TABLE public."Ticket" (
    id integer,
    st public."Status" DEFAULT 'Open'::public."Status",
    CONSTRAINT "Ticket_st_check" CHECK ((public."IsOpen"(st) OR (st = 'Closed'::public."Status")))
);
-- @reverse
-- warning: DATA_LOSS public.Ticket: table is dropped with all its rows
-- Drop table public.Ticket [DATA LOSS]
DROP TABLE public."Ticket";

-- Drop function public.IsOpen(s public."Status")
DROP FUNCTION public."IsOpen"(s public."Status");

-- Drop enum public.Status
DROP TYPE public."Status";
