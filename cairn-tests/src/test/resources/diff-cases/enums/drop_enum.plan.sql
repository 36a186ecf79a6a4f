-- Golden plans of enums/drop_enum.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Drop enum public.mood
DROP TYPE public.mood;
-- @reverse
-- Create enum public.mood
CREATE TYPE public.mood AS ENUM ('sad', 'ok', 'happy');
