-- Golden plans of dependencies/composite_over_view_row_type_used_by_table.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Add column public.keep.w
ALTER TABLE public.keep ADD COLUMN w public.c;

-- Create view public.other
CREATE VIEW public.other AS
SELECT 1 AS one;

-- Create type public.d
CREATE TYPE public.d AS (x public.other, n integer);

-- Create table public.holder
CREATE TABLE public.holder (
    id integer,
    w public.d,
    ws public.d[]
);
-- @reverse
-- warning: DATA_LOSS public.keep.w: column is dropped with its values
-- warning: DATA_LOSS public.holder: table is dropped with all its rows
-- Drop table public.holder [DATA LOSS]
DROP TABLE public.holder;

-- Drop type public.d
DROP TYPE public.d;

-- Drop view public.other
DROP VIEW public.other;

-- Drop column public.keep.w [DATA LOSS]
ALTER TABLE public.keep DROP COLUMN w;
