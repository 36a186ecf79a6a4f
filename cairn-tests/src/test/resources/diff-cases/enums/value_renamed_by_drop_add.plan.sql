-- Golden plans of enums/value_renamed_by_drop_add.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: DATA_LOSS public.mood: enum values [ok] are removed; rows holding them make the conversion fail
-- Rebuild enum public.mood (values removed or reordered): move the old type aside
ALTER TYPE public.mood RENAME TO mood__old;

-- Rebuild enum public.mood: create it with the new values
CREATE TYPE public.mood AS ENUM ('sad', 'fine', 'happy');

-- Convert public.person.current to the rebuilt enum public.mood (fails on rows holding [ok]) [DATA LOSS, REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.person ALTER COLUMN current TYPE public.mood USING current::text::public.mood;

-- Rebuild enum public.mood: drop the old type
DROP TYPE public.mood__old;
-- @reverse
-- warning: DATA_LOSS public.mood: enum values [fine] are removed; rows holding them make the conversion fail
-- Rebuild enum public.mood (values removed or reordered): move the old type aside
ALTER TYPE public.mood RENAME TO mood__old;

-- Rebuild enum public.mood: create it with the new values
CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');

-- Convert public.person.current to the rebuilt enum public.mood (fails on rows holding [fine]) [DATA LOSS, REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.person ALTER COLUMN current TYPE public.mood USING current::text::public.mood;

-- Rebuild enum public.mood: drop the old type
DROP TYPE public.mood__old;
