-- Golden plans of enums/several_values_added.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Add value 'a' to enum public.mood before 'b' [USABLE AFTER COMMIT]
ALTER TYPE public.mood ADD VALUE 'a' BEFORE 'b';

-- Add value 'c' to enum public.mood after 'b' [USABLE AFTER COMMIT]
ALTER TYPE public.mood ADD VALUE 'c' AFTER 'b';

-- Add value 'e' to enum public.mood after 'd' [USABLE AFTER COMMIT]
ALTER TYPE public.mood ADD VALUE 'e' AFTER 'd';
-- @reverse
-- warning: DATA_LOSS public.mood: enum values [a, c, e] are removed; rows holding them make the conversion fail
-- Rebuild enum public.mood (values removed or reordered): move the old type aside
ALTER TYPE public.mood RENAME TO mood__old;

-- Rebuild enum public.mood: create it with the new values
CREATE TYPE public.mood AS ENUM ('b', 'd');

-- Convert public.person.current to the rebuilt enum public.mood (fails on rows holding [a, c, e]) [DATA LOSS, REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.person ALTER COLUMN current TYPE public.mood USING current::text::public.mood;

-- Rebuild enum public.mood: drop the old type
DROP TYPE public.mood__old;
