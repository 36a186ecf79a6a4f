-- Golden plans of columns/type_text_to_enum_needs_using.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create enum public.mood
CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');

-- Change type of public.item.mood to public.mood [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN mood TYPE public.mood USING mood::public.mood;
-- @reverse
-- Change type of public.item.mood to text [REWRITES TABLE, ACCESS EXCLUSIVE LOCK]
ALTER TABLE public.item ALTER COLUMN mood TYPE text;

-- Drop enum public.mood
DROP TYPE public.mood;
