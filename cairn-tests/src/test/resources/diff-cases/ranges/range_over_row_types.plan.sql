-- Golden plans of ranges/range_over_row_types.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create type public.pair
CREATE TYPE public.pair AS (a integer, b integer);

-- Create range type public.pair_range
CREATE TYPE public.pair_range AS RANGE (SUBTYPE = public.pair);

-- Create table public.pt
CREATE TABLE public.pt (
    x integer,
    y integer
);

-- Create range type public.pt_range
CREATE TYPE public.pt_range AS RANGE (SUBTYPE = public.pt);

-- Create table public.uses
CREATE TABLE public.uses (
    id integer,
    r public.pair_range,
    p public.pt_range
);

-- Create view public.spot
CREATE VIEW public.spot AS
SELECT 1 AS x,
    2 AS y;

-- Create range type public.spot_range
CREATE TYPE public.spot_range AS RANGE (SUBTYPE = public.spot);
-- @reverse
-- warning: DATA_LOSS public.pt: table is dropped with all its rows
-- warning: DATA_LOSS public.uses: table is dropped with all its rows
-- Drop range type public.spot_range
DROP TYPE public.spot_range;

-- Drop view public.spot
DROP VIEW public.spot;

-- Drop table public.uses [DATA LOSS]
DROP TABLE public.uses;

-- Drop range type public.pt_range
DROP TYPE public.pt_range;

-- Drop table public.pt [DATA LOSS]
DROP TABLE public.pt;

-- Drop range type public.pair_range
DROP TYPE public.pair_range;

-- Drop type public.pair
DROP TYPE public.pair;
