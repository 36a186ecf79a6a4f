-- Golden plans of dependencies/long_chain_drop.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- warning: DATA_LOSS public.thing: table is dropped with all its rows
-- Drop materialized view public.thing_count
DROP MATERIALIZED VIEW public.thing_count;

-- Drop view public.thing_v
DROP VIEW public.thing_v;

-- Drop function public.kind_label(k public.kind)
DROP FUNCTION public.kind_label(k public.kind);

-- Drop table public.thing [DATA LOSS]
DROP TABLE public.thing;

-- Drop enum public.kind
DROP TYPE public.kind;
-- @reverse
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Create enum public.kind
CREATE TYPE public.kind AS ENUM ('a', 'b');

-- Create function public.kind_label(k public.kind)
CREATE OR REPLACE FUNCTION public.kind_label(k public.kind)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
AS $function$ SELECT 'kind ' || k $function$;

-- Create table public.thing
CREATE TABLE public.thing (
    id integer NOT NULL,
    k public.kind NOT NULL,
    CONSTRAINT thing_pkey PRIMARY KEY (id)
);

-- Create view public.thing_v
CREATE VIEW public.thing_v AS
SELECT id,
    public.kind_label(k) AS label
   FROM public.thing;

-- Create materialized view public.thing_count
CREATE MATERIALIZED VIEW public.thing_count AS
SELECT label,
    count(*) AS n
   FROM public.thing_v
  GROUP BY label;

-- Create unique index public.thing_count_label on public.thing_count
CREATE UNIQUE INDEX thing_count_label ON public.thing_count USING btree (label);
