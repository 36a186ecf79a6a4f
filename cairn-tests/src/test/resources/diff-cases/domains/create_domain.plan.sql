-- Golden plans of domains/create_domain.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create domain public.positive_int
CREATE DOMAIN public.positive_int AS integer CONSTRAINT positive_int_check CHECK ((VALUE > 0));

-- Create table public.t
CREATE TABLE public.t (
    id integer NOT NULL,
    n public.positive_int,
    CONSTRAINT t_pkey PRIMARY KEY (id)
);
-- @reverse
-- warning: DATA_LOSS public.t: table is dropped with all its rows
-- Drop table public.t [DATA LOSS]
DROP TABLE public.t;

-- Drop domain public.positive_int
DROP DOMAIN public.positive_int;
