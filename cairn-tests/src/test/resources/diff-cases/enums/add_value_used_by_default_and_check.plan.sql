-- Golden plans of enums/add_value_used_by_default_and_check.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Add value 'c' to enum public.st after 'b' [USABLE AFTER COMMIT]
ALTER TYPE public.st ADD VALUE 'c' AFTER 'b';

-- @commit
-- Drop default of public.t.s
ALTER TABLE public.t ALTER COLUMN s DROP DEFAULT;

-- Set default of public.t.s
ALTER TABLE public.t ALTER COLUMN s SET DEFAULT 'c'::public.st;

-- Add check constraint t_not_c on public.t [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ADD CONSTRAINT t_not_c CHECK (((s IS NULL) OR ((s)::text <> 'x'::text)));

-- Add check constraint t_s_check on public.t [SCANS TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ADD CONSTRAINT t_s_check CHECK ((s <> 'b'::public.st));

-- Create index public.t_c_idx on public.t [BLOCKS WRITES]
CREATE INDEX t_c_idx ON public.t USING btree (id) WHERE (s = 'c'::public.st);
-- @reverse
-- warning: DATA_LOSS public.st: enum values [c] are removed; rows holding them make the conversion fail
-- Drop check constraint t_not_c on public.t
ALTER TABLE public.t DROP CONSTRAINT t_not_c;

-- Drop check constraint t_s_check on public.t
ALTER TABLE public.t DROP CONSTRAINT t_s_check;

-- Drop index public.t_c_idx
DROP INDEX public.t_c_idx;

-- Rebuild enum public.st (values removed or reordered): move the old type aside
ALTER TYPE public.st RENAME TO st__old;

-- Rebuild enum public.st: create it with the new values
CREATE TYPE public.st AS ENUM ('a', 'b');

-- Drop default of public.t.s while its type is rebuilt
ALTER TABLE public.t ALTER COLUMN s DROP DEFAULT;

-- Convert public.t.s to the rebuilt enum public.st (fails on rows holding [c]) [DATA LOSS, REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ALTER COLUMN s TYPE public.st USING s::text::public.st;

-- Set default of public.t.s
ALTER TABLE public.t ALTER COLUMN s SET DEFAULT 'a'::public.st;

-- Rebuild enum public.st: drop the old type
DROP TYPE public.st__old;
