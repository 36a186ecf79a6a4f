-- Golden plans of enums/enum_label_with_quote_and_space.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Add value 'it's fine' to enum public.mood after 'a' [USABLE AFTER COMMIT]
ALTER TYPE public.mood ADD VALUE 'it''s fine' AFTER 'a';

-- Add value 'très bien' to enum public.mood after 'it's fine' [USABLE AFTER COMMIT]
ALTER TYPE public.mood ADD VALUE 'très bien' AFTER 'it''s fine';

-- Add value '' to enum public.mood after 'très bien' [USABLE AFTER COMMIT]
ALTER TYPE public.mood ADD VALUE '' AFTER 'très bien';
-- @reverse
-- warning: DATA_LOSS public.mood: enum values [it's fine, très bien, ] are removed; rows holding them make the conversion fail
-- Rebuild enum public.mood (values removed or reordered): move the old type aside
ALTER TYPE public.mood RENAME TO mood__old;

-- Rebuild enum public.mood: create it with the new values
CREATE TYPE public.mood AS ENUM ('a');

-- Rebuild enum public.mood: drop the old type [DATA LOSS]
DROP TYPE public.mood__old;
