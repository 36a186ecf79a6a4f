-- Golden plans of views/view_reads_itself.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create enum public.mood
CREATE TYPE public.mood AS ENUM ('ok', 'sad');

-- Create view public.v
CREATE VIEW public.v AS
SELECT NULL::integer AS id,
    NULL::public.mood AS "Mood",
    NULL::numeric(4,1) AS amount;

-- Create view public.reader
CREATE VIEW public.reader AS
SELECT id
   FROM public.v;

-- Replace view public.v
CREATE OR REPLACE VIEW public.v AS
SELECT id,
    "Mood",
    amount
   FROM public.v;

-- Comment on view public.v
COMMENT ON VIEW public.v IS 'reads itself';
-- @reverse
-- Drop view public.reader
DROP VIEW public.reader;

-- Drop view public.v
DROP VIEW public.v;

-- Drop enum public.mood
DROP TYPE public.mood;
