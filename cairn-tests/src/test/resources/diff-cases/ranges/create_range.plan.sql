-- Golden plans of ranges/create_range.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Create range type public.floatrange
CREATE TYPE public.floatrange AS RANGE (SUBTYPE = double precision, SUBTYPE_DIFF = float8mi);

-- Create table public.measurement
CREATE TABLE public.measurement (
    id integer NOT NULL,
    span public.floatrange,
    CONSTRAINT measurement_pkey PRIMARY KEY (id)
);
-- @reverse
-- warning: DATA_LOSS public.measurement: table is dropped with all its rows
-- Drop table public.measurement [DATA LOSS]
DROP TABLE public.measurement;

-- Drop range type public.floatrange
DROP TYPE public.floatrange;
