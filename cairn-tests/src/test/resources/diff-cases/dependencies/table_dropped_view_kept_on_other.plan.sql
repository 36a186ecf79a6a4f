-- Golden plans of dependencies/table_dropped_view_kept_on_other.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: DATA_LOSS public.a: table is dropped with all its rows
-- Drop view public.v
DROP VIEW public.v;

-- Drop table public.a [DATA LOSS]
DROP TABLE public.a;

-- Create view public.v
CREATE VIEW public.v AS
SELECT id
   FROM public.b;
-- @reverse
-- Drop view public.v
DROP VIEW public.v;

-- Create table public.a
CREATE TABLE public.a (
    id integer
);

-- Create view public.v
CREATE VIEW public.v AS
SELECT id
   FROM public.a;
