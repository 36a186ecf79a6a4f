-- Golden plans of sequences/used_by_default.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create sequence public.invoice_no
CREATE SEQUENCE public.invoice_no START WITH 1000;

-- Create table public.invoice
CREATE TABLE public.invoice (
    no bigint DEFAULT nextval('public.invoice_no'::regclass) NOT NULL,
    total numeric,
    CONSTRAINT invoice_pkey PRIMARY KEY (no)
);
-- @reverse
-- warning: DATA_LOSS public.invoice: table is dropped with all its rows
-- Drop table public.invoice [DATA LOSS]
DROP TABLE public.invoice;

-- Drop sequence public.invoice_no
DROP SEQUENCE public.invoice_no;
