-- Golden plans of publications/published_table_recreated.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: UNSUPPORTED public.t: partitioning changes (null -> RANGE (k)): the table is dropped and created again
-- warning: DATA_LOSS public.t: table is dropped and created again; its rows are lost
-- Drop publication pub
DROP PUBLICATION pub;

-- Drop table public.t [DATA LOSS]
DROP TABLE public.t;

-- Create table public.t
CREATE TABLE public.t (
    id integer NOT NULL,
    k integer NOT NULL
) PARTITION BY RANGE (k);

-- Create table public.t_a as a partition of public.t
CREATE TABLE public.t_a PARTITION OF public.t FOR VALUES FROM (0) TO (100);

-- Create publication pub
CREATE PUBLICATION pub;

-- Set tables of publication pub
ALTER PUBLICATION pub SET TABLE public.other, public.t;
-- @reverse
-- warning: UNSUPPORTED public.t: partitioning changes (RANGE (k) -> null): the table is dropped and created again
-- warning: DATA_LOSS public.t: table is dropped and created again; its rows are lost
-- warning: DATA_LOSS public.t_a: table is dropped with all its rows
-- Drop publication pub
DROP PUBLICATION pub;

-- Drop table public.t_a [DATA LOSS]
DROP TABLE public.t_a;

-- Drop table public.t [DATA LOSS]
DROP TABLE public.t;

-- Create table public.t
CREATE TABLE public.t (
    id integer NOT NULL,
    k integer NOT NULL
);

-- Create publication pub
CREATE PUBLICATION pub;

-- Set tables of publication pub
ALTER PUBLICATION pub SET TABLE public.other, public.t;
