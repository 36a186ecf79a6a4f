-- Golden plans of enums/value_removed_used_in_default.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: DATA_LOSS public.mood: enum values [sad] are removed; rows holding them make the conversion fail
-- Rebuild enum public.mood (values removed or reordered): move the old type aside
ALTER TYPE public.mood RENAME TO mood__old;

-- Rebuild enum public.mood: create it with the new values
CREATE TYPE public.mood AS ENUM ('ok', 'happy');

-- Drop default of public.person.current while its type is rebuilt
ALTER TABLE public.person ALTER COLUMN current DROP DEFAULT;

-- Convert public.person.current to the rebuilt enum public.mood (fails on rows holding [sad]) [DATA LOSS, REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.person ALTER COLUMN current TYPE public.mood USING current::text::public.mood;

-- Set default of public.person.current
ALTER TABLE public.person ALTER COLUMN current SET DEFAULT 'ok'::public.mood;

-- Rebuild enum public.mood: drop the old type
DROP TYPE public.mood__old;
-- @reverse
-- Add value 'sad' to enum public.mood before 'ok' [USABLE AFTER COMMIT]
ALTER TYPE public.mood ADD VALUE 'sad' BEFORE 'ok';
