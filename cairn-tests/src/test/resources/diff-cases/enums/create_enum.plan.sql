-- Golden plans of enums/create_enum.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create enum public.mood
CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');
-- @reverse
-- Drop enum public.mood
DROP TYPE public.mood;
