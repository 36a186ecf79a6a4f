-- Golden plans of dependencies/check_uses_enum_value_removed.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: DATA_LOSS public.st: enum values [c] are removed; rows holding them make the conversion fail
-- Drop check constraint t_s_check on public.t
ALTER TABLE public.t DROP CONSTRAINT t_s_check;

-- Rebuild enum public.st (values removed or reordered): move the old type aside
ALTER TYPE public.st RENAME TO st__old;

-- Rebuild enum public.st: create it with the new values
CREATE TYPE public.st AS ENUM ('a', 'b');

-- Convert public.t.s to the rebuilt enum public.st (fails on rows holding [c]) [DATA LOSS, REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ALTER COLUMN s TYPE public.st USING s::text::public.st;

-- Rebuild enum public.st: drop the old type
DROP TYPE public.st__old;
-- @reverse
-- Add value 'c' to enum public.st after 'b' [USABLE AFTER COMMIT]
ALTER TYPE public.st ADD VALUE 'c' AFTER 'b';

-- @commit
-- Add check constraint t_s_check on public.t [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ADD CONSTRAINT t_s_check CHECK ((s <> 'c'::public.st));
