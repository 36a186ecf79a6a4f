-- Golden plans of enums/values_reordered.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Rebuild enum public.mood (values removed or reordered): move the old type aside
ALTER TYPE public.mood RENAME TO mood__old;

-- Rebuild enum public.mood: create it with the new values
CREATE TYPE public.mood AS ENUM ('happy', 'ok', 'sad');

-- Convert public.person.current to the rebuilt enum public.mood [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.person ALTER COLUMN current TYPE public.mood USING current::text::public.mood;

-- Rebuild enum public.mood: drop the old type
DROP TYPE public.mood__old;
-- @reverse
-- Rebuild enum public.mood (values removed or reordered): move the old type aside
ALTER TYPE public.mood RENAME TO mood__old;

-- Rebuild enum public.mood: create it with the new values
CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');

-- Convert public.person.current to the rebuilt enum public.mood [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.person ALTER COLUMN current TYPE public.mood USING current::text::public.mood;

-- Rebuild enum public.mood: drop the old type
DROP TYPE public.mood__old;
