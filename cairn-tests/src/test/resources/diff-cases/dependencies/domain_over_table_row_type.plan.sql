-- Golden plans of dependencies/domain_over_table_row_type.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create table public.t
CREATE TABLE public.t (
    id integer
);

-- Create domain public.d
CREATE DOMAIN public.d AS public.t;

-- Create table public.u
CREATE TABLE public.u (
    id integer,
    x public.d
);
-- @reverse
-- warning: DATA_LOSS public.t: table is dropped with all its rows
-- warning: DATA_LOSS public.u: table is dropped with all its rows
-- Drop table public.u [DATA LOSS]
DROP TABLE public.u;

-- Drop domain public.d
DROP DOMAIN public.d;

-- Drop table public.t [DATA LOSS]
DROP TABLE public.t;
