-- Golden plans of dependencies/sequence_owned_by_column_of_dropped_table.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: DATA_LOSS public.t: table is dropped with all its rows
-- Drop table public.t [DATA LOSS]
DROP TABLE public.t;

-- Drop sequence public.t_seq (if its owning column did not take it along)
DROP SEQUENCE IF EXISTS public.t_seq;
-- @reverse
-- Create sequence public.t_seq
CREATE SEQUENCE public.t_seq;

-- Create table public.t
CREATE TABLE public.t (
    id integer
);

-- Attach sequence public.t_seq to column t.id
ALTER SEQUENCE public.t_seq OWNED BY public.t.id;
