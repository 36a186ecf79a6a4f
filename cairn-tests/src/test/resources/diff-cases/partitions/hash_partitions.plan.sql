-- Golden plans of partitions/hash_partitions.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create table public.tok
CREATE TABLE public.tok (
    id uuid NOT NULL,
    CONSTRAINT tok_pkey PRIMARY KEY (id)
) PARTITION BY HASH (id);

-- Create table public.tok_0 as a partition of public.tok
CREATE TABLE public.tok_0 PARTITION OF public.tok FOR VALUES WITH (modulus 2, remainder 0);

-- Create table public.tok_1 as a partition of public.tok
CREATE TABLE public.tok_1 PARTITION OF public.tok FOR VALUES WITH (modulus 2, remainder 1);
-- @reverse
-- warning: DATA_LOSS public.tok: table is dropped with all its rows
-- warning: DATA_LOSS public.tok_0: table is dropped with all its rows
-- warning: DATA_LOSS public.tok_1: table is dropped with all its rows
-- Drop table public.tok_0 [DATA LOSS]
DROP TABLE public.tok_0;

-- Drop table public.tok_1 [DATA LOSS]
DROP TABLE public.tok_1;

-- Drop table public.tok [DATA LOSS]
DROP TABLE public.tok;
