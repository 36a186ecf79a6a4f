-- Golden plans of constraints/fk_to_unique_not_pk.sql, as Cairn renders them; regenerate with -Dcairn.golden=update
-- (see dev.cairn.diff.corpus.GoldenPlans). Review a changed line before committing it.
-- @forward
-- Add foreign key city_country_iso_fkey on public.city [SCANS TABLE, BLOCKS WRITES]
ALTER TABLE public.city ADD CONSTRAINT city_country_iso_fkey FOREIGN KEY (country_iso) REFERENCES public.country(iso);
-- @reverse
-- Drop foreign key city_country_iso_fkey on public.city
ALTER TABLE public.city DROP CONSTRAINT city_country_iso_fkey;
