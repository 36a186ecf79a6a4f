-- Golden plans of tables/table_with_every_common_type.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create table public.kitchen_sink
CREATE TABLE public.kitchen_sink (
    a smallint,
    b integer,
    c bigint,
    d numeric(12,2),
    e real,
    f double precision,
    g text,
    h character varying(40),
    i character(3),
    j boolean,
    k date,
    l time without time zone,
    m time with time zone,
    n timestamp without time zone,
    o timestamp with time zone,
    p interval,
    q uuid,
    r json,
    s jsonb,
    t bytea,
    u inet,
    v cidr,
    w macaddr,
    x int4range,
    y tsvector,
    z integer[],
    aa text[],
    bb money,
    cc bit(8),
    dd bit varying(16),
    ee xml,
    ff point,
    gg numeric,
    hh timestamp(3) without time zone,
    ii interval day to second,
    jj oid
);
-- @reverse
-- warning: DATA_LOSS public.kitchen_sink: table is dropped with all its rows
-- Drop table public.kitchen_sink [DATA LOSS]
DROP TABLE public.kitchen_sink;
