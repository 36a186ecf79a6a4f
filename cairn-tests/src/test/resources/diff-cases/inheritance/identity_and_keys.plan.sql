-- Golden plans of inheritance/identity_and_keys.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Check routine bodies when they run, not now (they may use objects created later)
SET check_function_bodies = off;

-- Create function public.measurement_route()
CREATE OR REPLACE FUNCTION public.measurement_route()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
BEGIN
    INSERT INTO measurement_2024 VALUES (NEW.*);
    RETURN NULL;
END $function$;

-- Create table public.measurement_2024
CREATE TABLE public.measurement_2024 (
    CONSTRAINT measurement_2024_at_check CHECK (((at >= '2024-01-01'::date) AND (at < '2025-01-01'::date))),
    CONSTRAINT measurement_2024_pkey PRIMARY KEY (id)
) INHERITS (public.measurement);

-- Create table public.measurement_2025
CREATE TABLE public.measurement_2025 (
    CONSTRAINT measurement_2025_at_check CHECK (((at >= '2025-01-01'::date) AND (at < '2026-01-01'::date)))
) INHERITS (public.measurement);

-- Create index public.measurement_2024_at on public.measurement_2024
CREATE INDEX measurement_2024_at ON public.measurement_2024 USING btree (at);

-- Create trigger measurement_route on public.measurement
CREATE TRIGGER measurement_route BEFORE INSERT ON public.measurement FOR EACH ROW EXECUTE FUNCTION public.measurement_route();

-- Enable trigger measurement_route on public.measurement
ALTER TABLE public.measurement ENABLE TRIGGER measurement_route;
-- @reverse
-- warning: DATA_LOSS public.measurement_2024: table is dropped with all its rows
-- warning: DATA_LOSS public.measurement_2025: table is dropped with all its rows
-- Drop trigger measurement_route on public.measurement
DROP TRIGGER measurement_route ON public.measurement;

-- Drop function public.measurement_route()
DROP FUNCTION public.measurement_route();

-- Drop table public.measurement_2024 [DATA LOSS]
DROP TABLE public.measurement_2024;

-- Drop table public.measurement_2025 [DATA LOSS]
DROP TABLE public.measurement_2025;
