-- Golden plans of enums/rebuild_under_check_index_policy_trigger.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: DATA_LOSS public.st: enum values [archived] are removed; rows holding them make the conversion fail
-- Drop trigger ticket_reopen on public.ticket
DROP TRIGGER ticket_reopen ON public.ticket;

-- Drop policy ticket_visible on public.ticket
DROP POLICY ticket_visible ON public.ticket;

-- Drop check constraint ticket_closed_note on public.ticket
ALTER TABLE public.ticket DROP CONSTRAINT ticket_closed_note;

-- Drop index public.ticket_open_idx
DROP INDEX public.ticket_open_idx;

-- Drop index public.ticket_s_closed_idx
DROP INDEX public.ticket_s_closed_idx;

-- Rebuild enum public.st (values removed or reordered): move the old type aside
ALTER TYPE public.st RENAME TO st__old;

-- Rebuild enum public.st: create it with the new values
CREATE TYPE public.st AS ENUM ('new', 'open', 'closed');

-- Drop default of public.ticket.s while its type is rebuilt
ALTER TABLE public.ticket ALTER COLUMN s DROP DEFAULT;

-- Convert public.ticket.s to the rebuilt enum public.st (fails on rows holding [archived]) [DATA LOSS, REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.ticket ALTER COLUMN s TYPE public.st USING s::text::public.st;

-- Set default of public.ticket.s
ALTER TABLE public.ticket ALTER COLUMN s SET DEFAULT 'new'::public.st;

-- Rebuild enum public.st: drop the old type
DROP TYPE public.st__old;

-- Add check constraint ticket_closed_note on public.ticket [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.ticket ADD CONSTRAINT ticket_closed_note CHECK (((s <> 'closed'::public.st) OR (note IS NOT NULL)));

-- Create index public.ticket_open_idx on public.ticket [BLOCKS WRITES]
CREATE INDEX ticket_open_idx ON public.ticket USING btree (id) WHERE (s = 'open'::public.st);

-- Create index public.ticket_s_closed_idx on public.ticket [BLOCKS WRITES]
CREATE INDEX ticket_s_closed_idx ON public.ticket USING btree (((s = 'closed'::public.st)));

-- Create trigger ticket_reopen on public.ticket
CREATE TRIGGER ticket_reopen BEFORE UPDATE ON public.ticket FOR EACH ROW WHEN ((old.s = 'closed'::public.st)) EXECUTE FUNCTION public.noop();

-- Enable trigger ticket_reopen on public.ticket
ALTER TABLE public.ticket ENABLE TRIGGER ticket_reopen;

-- Create policy ticket_visible on public.ticket
CREATE POLICY ticket_visible ON public.ticket TO PUBLIC USING ((s <> 'closed'::public.st));

-- Comment on index public.ticket_open_idx
COMMENT ON INDEX public.ticket_open_idx IS 'open tickets';

-- Comment on constraint ticket_closed_note on public.ticket
COMMENT ON CONSTRAINT ticket_closed_note ON public.ticket IS 'closing needs a note';
-- @reverse
-- Add value 'archived' to enum public.st after 'closed' [USABLE AFTER COMMIT]
ALTER TYPE public.st ADD VALUE 'archived' AFTER 'closed';

-- @commit
-- Change policy ticket_visible on public.ticket
ALTER POLICY ticket_visible ON public.ticket USING ((s <> 'archived'::public.st));
