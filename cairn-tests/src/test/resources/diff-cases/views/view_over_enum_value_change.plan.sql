-- Golden plans of views/view_over_enum_value_change.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: DATA_LOSS public.status: enum values [new] are removed; rows holding them make the conversion fail
-- Drop view public.open_tickets
DROP VIEW public.open_tickets;

-- Rebuild enum public.status (values removed or reordered): move the old type aside
ALTER TYPE public.status RENAME TO status__old;

-- Rebuild enum public.status: create it with the new values
CREATE TYPE public.status AS ENUM ('open', 'closed');

-- Convert public.ticket.st to the rebuilt enum public.status (fails on rows holding [new]) [DATA LOSS, REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.ticket ALTER COLUMN st TYPE public.status USING st::text::public.status;

-- Rebuild enum public.status: drop the old type
DROP TYPE public.status__old;

-- Create view public.open_tickets
CREATE VIEW public.open_tickets AS
SELECT id
   FROM public.ticket
  WHERE st = 'open'::public.status;
-- @reverse
-- Add value 'new' to enum public.status before 'open' [USABLE AFTER COMMIT]
ALTER TYPE public.status ADD VALUE 'new' BEFORE 'open';
