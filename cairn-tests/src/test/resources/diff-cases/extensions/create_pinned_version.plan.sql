-- Golden plans of extensions/create_pinned_version.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create extension citext
CREATE EXTENSION citext SCHEMA public VERSION '1.4';

-- Create table public.t
CREATE TABLE public.t (
    name public.citext
);

-- Comment on extension citext
COMMENT ON EXTENSION citext IS 'data type for case-insensitive character strings';
-- @reverse
-- warning: DATA_LOSS public.t: table is dropped with all its rows
-- Drop table public.t [DATA LOSS]
DROP TABLE public.t;

-- Drop extension citext
DROP EXTENSION citext;
