-- Golden plans of enums/enum_used_as_array.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Add value 'c' to enum public.mood after 'b' [USABLE AFTER COMMIT]
ALTER TYPE public.mood ADD VALUE 'c' AFTER 'b';
-- @reverse
-- warning: DATA_LOSS public.mood: enum values [c] are removed; rows holding them make the conversion fail
-- Rebuild enum public.mood (values removed or reordered): move the old type aside
ALTER TYPE public.mood RENAME TO mood__old;

-- Rebuild enum public.mood: create it with the new values
CREATE TYPE public.mood AS ENUM ('a', 'b');

-- Convert public.t.tags to the rebuilt enum public.mood (fails on rows holding [c]) [DATA LOSS, REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.t ALTER COLUMN tags TYPE public.mood[] USING tags::text[]::public.mood[];

-- Rebuild enum public.mood: drop the old type
DROP TYPE public.mood__old;
