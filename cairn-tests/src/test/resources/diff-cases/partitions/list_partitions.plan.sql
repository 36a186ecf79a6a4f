-- Golden plans of partitions/list_partitions.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create table public.sale
CREATE TABLE public.sale (
    id bigint,
    region text NOT NULL,
    amount numeric
) PARTITION BY LIST (region);

-- Create table public.sale_eu as a partition of public.sale
CREATE TABLE public.sale_eu PARTITION OF public.sale FOR VALUES IN ('de', 'fr', 'it');

-- Create table public.sale_us as a partition of public.sale
CREATE TABLE public.sale_us PARTITION OF public.sale FOR VALUES IN ('us');
-- @reverse
-- warning: DATA_LOSS public.sale: table is dropped with all its rows
-- warning: DATA_LOSS public.sale_eu: table is dropped with all its rows
-- warning: DATA_LOSS public.sale_us: table is dropped with all its rows
-- Drop table public.sale_eu [DATA LOSS]
DROP TABLE public.sale_eu;

-- Drop table public.sale_us [DATA LOSS]
DROP TABLE public.sale_us;

-- Drop table public.sale [DATA LOSS]
DROP TABLE public.sale;
